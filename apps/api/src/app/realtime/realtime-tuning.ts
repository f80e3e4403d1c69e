const MiB = 1024 * 1024;

/** Timing and size limits of the WebSocket hub. */
export interface RealtimeTuning {
  /** At most one state message per client per interval; changes in between are merged. */
  flushIntervalMs: number;
  /** A client that got no state for this long gets the current one (the original's ticker). */
  idleStateMs: number;
  /** `ping` messages and protocol ping frames. */
  pingIntervalMs: number;
  /** A client heard from neither by pong frame nor by message for this long is cut off. */
  deadPeerMs: number;
  /** How often clients are checked for lag, silence and idleness. */
  housekeepingMs: number;
  /** Bytes handed to a socket and not yet written out, above which messages wait in a queue. */
  highWaterBytes: number;
  /**
   * Limits of the queued event messages per client (state and deltas are coalesced). An event
   * that does not fit is not queued, and the client is disconnected as too slow.
   */
  maxQueueBytes: number;
  maxQueueMessages: number;
  /** A client with undelivered messages for this long is disconnected. */
  maxLagMs: number;
  /** Time a closing client has to answer the close frame before its socket is destroyed. */
  closeGraceMs: number;
  /** Largest message a client may send. */
  maxClientMessageBytes: number;
}

export const DEFAULT_REALTIME_TUNING: RealtimeTuning = {
  flushIntervalMs: 1_000,
  idleStateMs: 10_000,
  pingIntervalMs: 30_000,
  deadPeerMs: 60_000,
  housekeepingMs: 1_000,
  highWaterBytes: 1 * MiB,
  maxQueueBytes: 8 * MiB,
  maxQueueMessages: 256,
  maxLagMs: 30_000,
  closeGraceMs: 2_000,
  maxClientMessageBytes: 64 * 1024,
};

/** Optional provider (tests use a global module) that overrides some of the defaults. */
export const REALTIME_TUNING = Symbol('REALTIME_TUNING');
