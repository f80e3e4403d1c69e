import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Server } from 'node:http';

import { PulseConfig } from '../config/pulse-config';

/**
 * On shutdown Nest stops accepting connections and waits for in-flight requests. This
 * bounds the wait: after `PULSE_SHUTDOWN_GRACE` the remaining connections are cut.
 */
@Injectable()
export class ShutdownGrace implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ShutdownGrace.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: PulseConfig,
  ) {}

  beforeApplicationShutdown(signal?: string): void {
    const graceMs = this.config.server.shutdownGraceMs;
    this.logger.log(`Shutting down${signal ? ` on ${signal}` : ''}; finishing requests in flight`);
    this.timer = setTimeout(() => this.cutConnections(graceMs), graceMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  private cutConnections(graceMs: number): void {
    const server: Server | undefined = this.adapterHost.httpAdapter?.getHttpServer();
    this.logger.warn(`Requests still running after ${graceMs} ms; closing their connections`);
    server?.closeAllConnections();
  }
}
