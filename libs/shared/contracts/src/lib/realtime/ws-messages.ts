import type { StateSnapshot } from '../state/state';
import type { StateDelta } from './state-delta';

export * from './state-delta';

/** Path of the WebSocket endpoint on the HTTP(S) port. */
export const WS_PATH = '/ws';

/** Close code sent to a client that stayed too far behind; it may reconnect at once. */
export const WS_CLOSE_TOO_SLOW = 4000;

/** Close code sent to every client when the server shuts down. */
export const WS_CLOSE_GOING_AWAY = 1001;

/** `full`: the whole state after every change (the original protocol); `delta`: changes only. */
export type WsStateMode = 'full' | 'delta';

/** Every frame in both directions is one JSON text message of this shape. */
export interface WsEnvelope<T extends string = string, D = unknown> {
  type: T;
  data: D;
  /** RFC 3339; present on event messages such as `node_deleted`. */
  timestamp?: string;
  /** Pulse addition on `initialState` and `rawData`: the sequence number of the state sent. */
  seq?: number;
}

export interface WsWelcomeData {
  message: string;
}

/** `ping` and `pong` from the server carry the server time in Unix seconds. */
export interface WsClockData {
  timestamp: number;
}

export interface WsNodeDeletedData {
  nodeType: string;
}

/** Messages the server sends; event messages of later features join this union. */
export type WsServerMessage =
  | WsEnvelope<'welcome', WsWelcomeData>
  | WsEnvelope<'initialState', StateSnapshot>
  | WsEnvelope<'rawData', StateSnapshot>
  | WsEnvelope<'stateDelta', StateDelta>
  | WsEnvelope<'ping', WsClockData>
  | WsEnvelope<'pong', WsClockData>
  | WsEnvelope<'node_deleted', WsNodeDeletedData>;

/** Messages a client may send; anything else is ignored by the server. */
export type WsClientMessage =
  | { type: 'ping'; data?: unknown }
  | { type: 'pong'; data?: unknown }
  | { type: 'requestData'; data?: unknown }
  | { type: 'resync'; data?: unknown }
  | { type: 'subscribe'; data: { mode: WsStateMode } };
