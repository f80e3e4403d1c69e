import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Server } from 'node:http';

import { PulseConfig } from '../config/pulse-config';

const IDLE_SWEEP_MS = 100;

/**
 * On shutdown Nest stops accepting connections and waits for in-flight requests. This
 * closes keep-alive connections as soon as their request is answered, and cuts whatever
 * still runs after `PULSE_SHUTDOWN_GRACE`.
 */
@Injectable()
export class ShutdownGrace implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ShutdownGrace.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: PulseConfig,
  ) {}

  beforeApplicationShutdown(signal?: string): void {
    const server: Server | undefined = this.adapterHost.httpAdapter?.getHttpServer();
    const graceMs = this.config.server.shutdownGraceMs;
    this.logger.log(`Shutting down${signal ? ` on ${signal}` : ''}; finishing requests in flight`);
    this.timers = [
      setInterval(() => server?.closeIdleConnections(), IDLE_SWEEP_MS),
      setTimeout(() => this.cutConnections(server, graceMs), graceMs),
    ];
    this.timers.forEach((timer) => timer.unref());
  }

  onApplicationShutdown(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
  }

  private cutConnections(server: Server | undefined, graceMs: number): void {
    this.logger.warn(`Requests still running after ${graceMs} ms; closing their connections`);
    server?.closeAllConnections();
  }
}
