import type { StateDelta } from '@pulse/contracts';

/**
 * `state`: a whole state (newer replaces older); `delta`: changes (merged while waiting);
 * `event`: everything else, delivered in order.
 */
export type MessageKind = 'state' | 'delta' | 'event';

/** A message encoded once and handed to any number of clients. */
export interface OutboundMessage {
  type: string;
  kind: MessageKind;
  /** The state version it brings a client to (state and delta messages). */
  version?: number;
  /** Kept on deltas so that a waiting client's deltas can be merged. */
  delta?: StateDelta;
  /** The encoded JSON; made on first use for merged deltas. */
  encoded?: Buffer;
}

export interface EventOptions {
  /** Adds an RFC 3339 `timestamp` to the envelope, as the original did for event messages. */
  timestamp?: boolean;
}

export function eventMessage(
  type: string,
  data: unknown,
  options: EventOptions = {},
): OutboundMessage {
  const envelope = options.timestamp
    ? { type, data, timestamp: new Date().toISOString() }
    : { type, data };

  return { type, kind: 'event', encoded: Buffer.from(JSON.stringify(envelope)) };
}

/** Serialized state bytes that can put an envelope around themselves without a copy. */
export interface FramableBody {
  framed(head: string, tail: string): Buffer;
}

/** Wraps already serialized state bytes without parsing or copying them. */
export function stateMessage(
  type: 'initialState' | 'rawData',
  seq: number,
  body: FramableBody,
  version: number,
): OutboundMessage {
  const encoded = body.framed(`{"type":"${type}","seq":${seq},"data":`, '}');

  return { type, kind: 'state', version, encoded };
}

export function deltaMessage(delta: StateDelta, version: number): OutboundMessage {
  return { type: 'stateDelta', kind: 'delta', version, delta };
}

/** The bytes of a message, encoding it on first use. */
export function payloadOf(message: OutboundMessage): Buffer {
  message.encoded ??= Buffer.from(JSON.stringify({ type: message.type, data: message.delta }));

  return message.encoded;
}
