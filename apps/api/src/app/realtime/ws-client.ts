import type { WsStateMode } from '@pulse/contracts';

import { OutboundMessage, payloadOf } from './outbound-message';
import { RealtimeTuning } from './realtime-tuning';
import { SendQueue } from './send-queue';

/** The part of a `ws` WebSocket a client uses (a fake one in unit tests). */
export interface ClientSocket {
  send(data: Buffer, options: { binary: boolean }, callback: (error?: Error) => void): void;
  ping(): void;
  close(code: number, reason: string): void;
  terminate(): void;
}

/** Counts what the client writes and what it has to give up. */
export interface ClientObserver {
  sent(type: string, bytes: number): void;
  coalesced(type: string): void;
  dropped(type: string): void;
}

export type LagVerdict = 'queue-full' | 'lagging' | undefined;

/**
 * One connected client: writes go straight to the socket while it keeps up, and into a
 * bounded, coalescing queue while too many bytes wait on the socket. Nothing here blocks.
 */
export class WsClient {
  /** The newest state version handed to this client (written or queued). */
  version = -1;
  lastHeardAt: number;
  lastStateAt: number;
  private readonly queue: SendQueue;
  private inFlight = 0;
  private behindSince: number | undefined;
  private overflowed = false;
  private closeTimer: NodeJS.Timeout | undefined;
  closing = false;

  constructor(
    readonly id: number,
    public mode: WsStateMode,
    private readonly socket: ClientSocket,
    private readonly tuning: RealtimeTuning,
    private readonly observer: ClientObserver,
    private readonly now: () => number = Date.now,
  ) {
    this.queue = new SendQueue(tuning);
    this.lastHeardAt = now();
    this.lastStateAt = now();
  }

  get queued(): number {
    return this.queue.length;
  }

  send(message: OutboundMessage): void {
    if (this.closing) {
      return;
    }
    if (message.version !== undefined) {
      this.version = Math.max(this.version, message.version);
      this.lastStateAt = this.now();
    }
    if (!this.queue.length && this.inFlight < this.tuning.highWaterBytes) {
      this.write(message);

      return;
    }
    this.enqueue(message);
  }

  heard(): void {
    this.lastHeardAt = this.now();
  }

  /** Why the client must go: an event did not fit its queue, or it stayed behind too long. */
  lagVerdict(): LagVerdict {
    if (this.overflowed) {
      return 'queue-full';
    }
    if (this.behindSince !== undefined && this.now() - this.behindSince > this.tuning.maxLagMs) {
      return 'lagging';
    }

    return undefined;
  }

  ping(): void {
    if (!this.closing) {
      this.socket.ping();
    }
  }

  /** Starts the closing handshake and destroys the socket if the peer does not answer. */
  close(code: number, reason: string): void {
    if (this.closing) {
      return;
    }
    this.closing = true;
    this.socket.close(code, reason);
    this.closeTimer = setTimeout(() => this.socket.terminate(), this.tuning.closeGraceMs);
    this.closeTimer.unref();
  }

  terminate(): void {
    this.closing = true;
    this.socket.terminate();
  }

  /** The socket is gone; nothing more will be written. */
  closed(): void {
    this.closing = true;
    clearTimeout(this.closeTimer);
  }

  private enqueue(message: OutboundMessage): void {
    this.behindSince ??= this.now();
    const outcome = this.queue.push(message);
    if (outcome === 'coalesced') {
      this.observer.coalesced(message.type);
    } else if (outcome === 'dropped') {
      this.observer.dropped(message.type);
      this.overflowed = true;
    }
  }

  private write(message: OutboundMessage): void {
    const payload = payloadOf(message);
    this.inFlight += payload.length;
    this.observer.sent(message.type, payload.length);
    this.socket.send(payload, { binary: false }, (error) => this.written(payload.length, error));
  }

  private written(bytes: number, error: Error | undefined): void {
    this.inFlight -= bytes;
    if (!error && !this.closing) {
      this.pump();
    }
  }

  private pump(): void {
    while (this.queue.length && this.inFlight < this.tuning.highWaterBytes) {
      this.write(this.queue.shift() as OutboundMessage);
    }
    if (!this.queue.length) {
      this.behindSince = undefined;
    }
  }
}
