import type { WsStateMode } from '@pulse/contracts';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** The path and query of an upgrade request, or `undefined` when the target is not a URL. */
export function parseUpgradeUrl(path: string | undefined): URL | undefined {
  try {
    return new URL(path ?? '/', 'http://pulse.invalid');
  } catch {
    return undefined;
  }
}

/** `?delta=1` (or `true`) and `?protocol=delta` ask for deltas. */
export function modeOf(path: string | undefined): WsStateMode {
  const query = parseUpgradeUrl(path)?.searchParams;
  const delta = query?.get('delta');

  return delta === '1' || delta === 'true' || query?.get('protocol') === 'delta' ? 'delta' : 'full';
}

/** Answers a refused upgrade with a plain HTTP response and `{"error"}`, then closes. */
export function refuseUpgrade(socket: Duplex, status: number, error: string): void {
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
