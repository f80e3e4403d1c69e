import { ServerResponse } from 'node:http';
import { ApiError, Enveloped, RawJson } from './api-error';

export function sendData(res: ServerResponse, payload: unknown, serverHeader: string): void {
  let body: Buffer;
  if (payload instanceof RawJson) {
    body = payload.body;
  } else if (payload instanceof Enveloped) {
    body = Buffer.from(JSON.stringify({ data: payload.data, ...payload.extra }));
  } else {
    body = Buffer.from(JSON.stringify({ data: payload === undefined ? null : payload }));
  }
  write(res, 200, 'OK', body, serverHeader);
}

export function sendError(res: ServerResponse, error: unknown, serverHeader: string): void {
  const apiError = error instanceof ApiError ? error : new ApiError(500, 'internal error');
  const payload: Record<string, unknown> = { data: null, message: `${apiError.message}\n` };
  if (apiError.errors) payload['errors'] = apiError.errors;
  write(res, apiError.status, apiError.message, Buffer.from(JSON.stringify(payload)), serverHeader);
}

function write(
  res: ServerResponse,
  status: number,
  reason: string,
  body: Buffer,
  serverHeader: string,
): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, statusReason(reason), {
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': body.length,
    'Cache-Control': 'max-age=0',
    Pragma: 'no-cache',
    Server: serverHeader,
  });
  res.end(body);
}

/** Proxmox puts the error text in the status line; keep it to printable ASCII. */
function statusReason(message: string): string {
  const clean = message.replace(/[^\x20-\x7e]/g, ' ').trim();

  return clean.length > 0 ? clean.slice(0, 200) : 'Error';
}
