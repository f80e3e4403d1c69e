import type { RawData } from 'ws';

export interface ClientMessage {
  type: string;
  data?: unknown;
}

/** A client's text frame as `{type, data}`, or `undefined` when it is not one. */
export function parseClientMessage(raw: RawData, isBinary: boolean): ClientMessage | undefined {
  if (isBinary) {
    return undefined;
  }
  const text = Array.isArray(raw) ? Buffer.concat(raw).toString() : raw.toString();
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return undefined;
  }
  const { type, data } = message as Record<string, unknown>;

  return typeof type === 'string' ? { type, data } : undefined;
}

/** The mode a `subscribe` message asks for, if it names a valid one. */
export function requestedMode(data: unknown): 'full' | 'delta' | undefined {
  const mode = (data as { mode?: unknown } | undefined)?.mode;

  return mode === 'full' || mode === 'delta' ? mode : undefined;
}
