import {
  Inject,
  Injectable,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { WS_CLOSE_GOING_AWAY, WS_CLOSE_TOO_SLOW, WsStateMode } from '@pulse/contracts';
import { Subscription } from 'rxjs';
import type { RawData, WebSocket } from 'ws';

import { ClientMessage, parseClientMessage, requestedMode } from './client-message';
import { EventOptions, eventMessage, OutboundMessage } from './outbound-message';
import { RealtimeMetrics } from './realtime-metrics.service';
import { DEFAULT_REALTIME_TUNING, REALTIME_TUNING, RealtimeTuning } from './realtime-tuning';
import { StateFeed, StateUpdate } from './state-feed.service';
import { WsClient } from './ws-client';

const WELCOME = eventMessage('welcome', { message: 'Connected to Pulse WebSocket' });

/**
 * The connected WebSocket clients: greets them with the state, passes every state update
 * on in each client's mode, answers their messages, and broadcasts events. A slow client
 * only ever slows itself.
 */
@Injectable()
export class RealtimeHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeHub.name);
  private readonly tuning: RealtimeTuning;
  private readonly clients = new Set<WsClient>();
  private readonly closedSockets = new Map<WsClient, Promise<void>>();
  private subscription: Subscription | undefined;
  private housekeeping: NodeJS.Timeout | undefined;
  private lastPingAt = 0;
  private nextId = 1;
  private shuttingDown = false;

  constructor(
    private readonly feed: StateFeed,
    private readonly metrics: RealtimeMetrics,
    @Optional() @Inject(REALTIME_TUNING) tuning?: Partial<RealtimeTuning>,
  ) {
    this.tuning = { ...DEFAULT_REALTIME_TUNING, ...tuning };
  }

  get clientCount(): number {
    return this.clients.size;
  }

  onModuleInit(): void {
    this.subscription = this.feed.updates$.subscribe((update) => this.deliver(update));
  }

  /** Closes every client (1001) and waits until their sockets are gone. */
  async onModuleDestroy(): Promise<void> {
    this.shuttingDown = true;
    this.subscription?.unsubscribe();
    this.stopHousekeeping();
    this.clients.forEach((client) => client.close(WS_CLOSE_GOING_AWAY, 'Server shutting down'));
    await Promise.all(this.closedSockets.values());
  }

  /** Takes over an upgraded socket: `welcome`, then the whole state, then updates. */
  attach(socket: WebSocket, mode: WsStateMode): WsClient | undefined {
    if (this.shuttingDown) {
      socket.close(WS_CLOSE_GOING_AWAY, 'Server shutting down');

      return undefined;
    }
    const client = new WsClient(this.nextId++, mode, socket, this.tuning, this.metrics);
    this.clients.add(client);
    this.metrics.setClients(this.clients.size);
    if (this.clients.size === 1) {
      this.feed.start();
      this.startHousekeeping();
    }
    this.closedSockets.set(client, this.watch(client, socket));
    this.logger.debug({ client: client.id, mode }, 'WebSocket client connected');
    client.send(WELCOME);
    client.send(this.feed.fullState('initialState'));

    return client;
  }

  /** Sends one message to every client, encoded once. Answers how many clients got it. */
  broadcast(type: string, data: unknown, options?: EventOptions): number {
    const message = eventMessage(type, data, options);
    this.clients.forEach((client) => client.send(message));

    return this.clients.size;
  }

  private watch(client: WsClient, socket: WebSocket): Promise<void> {
    socket.on('message', (raw, isBinary) => this.onMessage(client, raw, isBinary));
    socket.on('pong', () => client.heard());
    socket.on('error', (error) => {
      this.logger.debug({ client: client.id, error: error.message }, 'WebSocket error');
    });

    return new Promise((resolve) => {
      socket.once('close', (code) => {
        this.detach(client, code);
        resolve();
      });
    });
  }

  private detach(client: WsClient, code: number): void {
    client.closed();
    this.clients.delete(client);
    this.closedSockets.delete(client);
    this.metrics.setClients(this.clients.size);
    this.logger.debug({ client: client.id, code }, 'WebSocket client disconnected');
    if (!this.clients.size) {
      this.feed.stop();
      this.stopHousekeeping();
    }
  }

  private deliver(update: StateUpdate): void {
    for (const client of this.clients) {
      if (client.version < update.version) {
        client.send(client.mode === 'delta' ? update.delta() : update.full());
      }
    }
  }

  private onMessage(client: WsClient, raw: RawData, isBinary: boolean): void {
    client.heard();
    const message = parseClientMessage(raw, isBinary);
    if (!message) {
      this.logger.debug({ client: client.id }, 'Ignored a WebSocket message that is not JSON');

      return;
    }
    this.handle(client, message);
  }

  private handle(client: WsClient, { type, data }: ClientMessage): void {
    if (type === 'ping') {
      client.send(clockMessage('pong'));
    } else if (type === 'requestData' || type === 'resync') {
      client.send(this.feed.fullState('rawData'));
    } else if (type === 'subscribe' && requestedMode(data)) {
      client.mode = requestedMode(data) as WsStateMode;
      client.send(this.feed.fullState('initialState'));
    } else {
      this.logger.debug({ client: client.id, type }, 'Ignored a WebSocket message');
    }
  }

  private startHousekeeping(): void {
    this.lastPingAt = Date.now();
    this.housekeeping = setInterval(() => this.tick(), this.tuning.housekeepingMs);
    this.housekeeping.unref();
  }

  private stopHousekeeping(): void {
    clearInterval(this.housekeeping);
    this.housekeeping = undefined;
  }

  private tick(): void {
    const now = Date.now();
    this.feed.poll();
    const pingDue = now - this.lastPingAt >= this.tuning.pingIntervalMs;
    if (pingDue) {
      this.lastPingAt = now;
      this.broadcast('ping', { timestamp: Math.floor(now / 1000) });
    }
    for (const client of this.clients) {
      this.check(client, now, pingDue);
    }
  }

  private check(client: WsClient, now: number, pingDue: boolean): void {
    if (client.closing) {
      return;
    }
    const lag = client.lagVerdict();
    if (lag) {
      this.dropSlow(client, lag);
    } else if (now - client.lastHeardAt > this.tuning.deadPeerMs) {
      this.logger.debug({ client: client.id }, 'WebSocket client unresponsive; cutting it off');
      this.metrics.clientDropped('unresponsive');
      client.terminate();
    } else {
      if (pingDue) {
        client.ping();
      }
      if (now - client.lastStateAt >= this.tuning.idleStateMs) {
        client.send(this.idleState(client));
      }
    }
  }

  private idleState(client: WsClient): OutboundMessage {
    return client.mode === 'delta' ? this.feed.heartbeat() : this.feed.fullState('rawData');
  }

  private dropSlow(client: WsClient, lag: string): void {
    this.logger.warn(
      { client: client.id, reason: lag, queued: client.queued },
      'WebSocket client too slow; disconnecting it',
    );
    this.metrics.clientDropped('slow');
    client.close(WS_CLOSE_TOO_SLOW, 'Client too slow');
  }
}

function clockMessage(type: 'ping' | 'pong'): OutboundMessage {
  return eventMessage(type, { timestamp: Math.floor(Date.now() / 1000) });
}
