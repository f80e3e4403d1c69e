import { DOCUMENT } from '@angular/common';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { WsClientMessage, WsServerMessage } from '@pulse/contracts';
import { ConnectionSource } from '../connection/connection-source';
import { ConnectionStore } from '../connection/connection.store';
import { LIVE_SOCKET_FACTORY, LiveSocket, liveStateUrl } from './live-socket';
import { EMPTY_SYNC, receive, SyncState } from './live-state-sync';
import { reconnectDelay } from './reconnect-delay';

/** `WebSocket.OPEN`, spelled out so that no global is needed. */
const SOCKET_OPEN = 1;

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'closed';

/** The server sends a state or heartbeat at least every 10 s; this much silence is a dead link. */
export const SILENCE_LIMIT_MS = 45_000;

/** A requested whole state that has not arrived by then is fetched by reconnecting. */
export const RESYNC_TIMEOUT_MS = 15_000;

/**
 * The live copy of `/api/state`: one WebSocket to `/ws` in delta mode, the state rebuilt
 * from deltas, a resync on any gap, and reconnects with backoff. It also tells the
 * ConnectionStore how the link is doing, so the footer shows the socket's health.
 */
@Injectable({ providedIn: 'root' })
export class LiveStateService extends ConnectionSource {
  private readonly createSocket = inject(LIVE_SOCKET_FACTORY);
  private readonly connection = inject(ConnectionStore);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly sync = signal<SyncState>(EMPTY_SYNC);
  private readonly status = signal<SocketStatus>('idle');
  private socket: LiveSocket | undefined;
  private running = false;
  private failedAttempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private silenceTimer: ReturnType<typeof setTimeout> | undefined;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;

  /** The latest state, or null until the first one arrives. Kept while reconnecting. */
  readonly state = computed(() => this.sync().state);
  readonly seq = computed(() => this.sync().seq);
  readonly socketStatus = this.status.asReadonly();

  private readonly onOnline = () => this.reconnectNow();
  private readonly onOffline = () => this.connection.markOffline();

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  start(): void {
    if (this.running) {
      return;
    }

    this.running = true;
    this.window?.addEventListener('online', this.onOnline);
    this.window?.addEventListener('offline', this.onOffline);
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.window?.removeEventListener('online', this.onOnline);
    this.window?.removeEventListener('offline', this.onOffline);
    clearTimeout(this.reconnectTimer);
    this.dropSocket();
    this.status.set('idle');
  }

  private connect(): void {
    clearTimeout(this.reconnectTimer);
    this.status.set('connecting');

    const location = this.window?.location ?? { protocol: 'http:', host: 'localhost' };
    const socket = this.createSocket(liveStateUrl(location));

    socket.onopen = () => this.opened(socket);
    socket.onmessage = (event) => this.received(socket, event);
    socket.onclose = () => this.closed(socket);
    socket.onerror = () => socket.close();
    this.socket = socket;
    this.watchSilence();
  }

  private opened(socket: LiveSocket): void {
    if (socket !== this.socket) {
      return;
    }

    this.failedAttempts = 0;
    this.status.set('open');
    this.connection.markReachable();
    this.watchSilence();
  }

  private received(socket: LiveSocket, event: MessageEvent): void {
    const message = parseMessage(event.data);
    if (socket !== this.socket || !message) {
      return;
    }

    this.watchSilence();
    const outcome = receive(this.sync(), message);
    this.sync.set(outcome.sync);

    if (outcome.resync) {
      this.requestResync();
    } else if (!outcome.sync.awaitingFull) {
      clearTimeout(this.resyncTimer);
    }
  }

  private closed(socket: LiveSocket): void {
    if (socket !== this.socket) {
      return;
    }

    this.dropSocket();
    this.status.set('closed');
    if (this.running) {
      this.failedAttempts += 1;
      this.connection.markUnreachable();
      this.reconnectTimer = setTimeout(() => this.connect(), reconnectDelay(this.failedAttempts));
    }
  }

  private requestResync(): void {
    this.send({ type: 'resync' });
    clearTimeout(this.resyncTimer);
    this.resyncTimer = setTimeout(() => this.restart(), RESYNC_TIMEOUT_MS);
  }

  /** Gives up on the current socket as if it had closed, so the usual backoff applies. */
  private restart(): void {
    if (this.socket) {
      this.closed(this.socket);
    }
  }

  private reconnectNow(): void {
    if (this.running && this.status() !== 'open') {
      this.dropSocket();
      this.connect();
    }
  }

  private watchSilence(): void {
    clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => this.restart(), SILENCE_LIMIT_MS);
  }

  private send(message: WsClientMessage): void {
    if (this.socket?.readyState === SOCKET_OPEN) {
      this.socket.send(JSON.stringify(message));
    }
  }

  private dropSocket(): void {
    clearTimeout(this.silenceTimer);
    clearTimeout(this.resyncTimer);
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.onopen = null;
      socket.onmessage = null;
      socket.onclose = null;
      socket.onerror = null;
      socket.close();
    }
    this.sync.update((sync) => ({ ...sync, awaitingFull: false }));
  }
}

function parseMessage(data: unknown): WsServerMessage | undefined {
  if (typeof data !== 'string') {
    return undefined;
  }

  try {
    const message = JSON.parse(data) as unknown;
    const type = (message as { type?: unknown } | null)?.type;

    return typeof type === 'string' ? (message as WsServerMessage) : undefined;
  } catch {
    return undefined;
  }
}
