import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { WS_PATH, WsStateMode } from '@pulse/contracts';
import { IncomingMessage, Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';

import { RealtimeHub } from './realtime-hub.service';
import { RealtimeMetrics } from './realtime-metrics.service';
import { DEFAULT_REALTIME_TUNING } from './realtime-tuning';
import { UpgradeGate } from './upgrade-gate.service';

/**
 * Accepts WebSocket upgrades on `/ws` of the application's HTTP(S) server and hands the
 * sockets to the hub. Refusals are plain HTTP answers before any handshake.
 */
@Injectable()
export class WsUpgradeService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WsUpgradeService.name);
  private readonly wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: DEFAULT_REALTIME_TUNING.maxClientMessageBytes,
  });
  private server: Server | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly gate: UpgradeGate,
    private readonly hub: RealtimeHub,
    private readonly metrics: RealtimeMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.server = this.adapterHost.httpAdapter?.getHttpServer();
    this.server?.on('upgrade', this.onUpgrade);
  }

  onModuleDestroy(): void {
    this.server?.off('upgrade', this.onUpgrade);
    this.wss.close();
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = parseUrl(request.url);
    if (url?.pathname !== WS_PATH) {
      if (this.server?.listenerCount('upgrade') === 1) {
        refuse(socket, 404, 'Not found');
      }

      return;
    }
    const onError = (error: Error) => this.logger.debug(`Upgrade socket error: ${error.message}`);
    socket.on('error', onError);
    this.gate.check(request).then(
      (verdict) => {
        if (!verdict.allowed) {
          this.metrics.upgradeRejected(verdict.status);
          refuse(socket, verdict.status, verdict.error);

          return;
        }
        this.wss.handleUpgrade(request, socket, head, (ws) => {
          socket.off('error', onError);
          this.hub.attach(ws, modeOf(url.searchParams));
        });
      },
      (error: Error) => {
        this.logger.error(`WebSocket upgrade check failed: ${error.message}`, error.stack);
        refuse(socket, 500, 'Internal server error');
      },
    );
  };
}

function parseUrl(path: string | undefined): URL | undefined {
  try {
    return new URL(path ?? '/', 'http://pulse.invalid');
  } catch {
    return undefined;
  }
}

/** `?delta=1` (or `true`) and `?protocol=delta` ask for deltas. */
function modeOf(query: URLSearchParams): WsStateMode {
  const delta = query.get('delta');

  return delta === '1' || delta === 'true' || query.get('protocol') === 'delta' ? 'delta' : 'full';
}

function refuse(socket: Duplex, status: number, error: string): void {
  if (socket.destroyed) {
    return;
  }
  const body = JSON.stringify({ error });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
