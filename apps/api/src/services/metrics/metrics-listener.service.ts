import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { once } from 'node:events';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

import { PulseConfig } from '../config/pulse-config';
import { REQUEST_ID_HEADER, requestIdFor } from '../http/request-id.middleware';
import { MetricsService } from './metrics.service';

/** The separate Prometheus listener (`GET /metrics` on `PULSE_METRICS_PORT`), without auth. */
@Injectable()
export class MetricsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsListener.name);
  private server?: Server;

  constructor(
    private readonly config: PulseConfig,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort, bindAddress } = this.config.server;
    if (metricsPort === null) {
      return;
    }
    this.server = createServer((req, res) => void this.answer(req, res));
    this.server.listen(metricsPort, bindAddress);
    await once(this.server, 'listening');
    this.logger.log(`Prometheus metrics on http://${bindAddress}:${this.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server?.listening) {
      return;
    }
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The bound port, or `undefined` when the listener is off. */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader(REQUEST_ID_HEADER, requestIdFor(req.headers['x-request-id']));
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');

      return;
    }
    const body = await this.metrics.render();
    res.writeHead(200, { 'Content-Type': this.metrics.contentType });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
