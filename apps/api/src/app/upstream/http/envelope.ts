import { STATUS_CODES } from 'node:http';
import { ErrorContext } from '../errors/error-context';
import { redact, upstreamBodyMessage } from '../errors/redact';
import { UpstreamError } from '../errors/upstream-error';
import { toInt } from '../decode/values';
import { ExchangeResponse } from './exchange';

/** The `{"data": ...}` wrapper every Proxmox API answer uses; PMG adds `total` to some lists. */
export interface Envelope {
  data: unknown;
  total?: number;
}

/** The upstream's reason for a failure: in the status line, the body, or both. */
export function failureText(response: ExchangeResponse): string {
  const line = response.statusMessage.trim();
  const statusText = line === STATUS_CODES[response.status] ? '' : line;
  const bodyText = upstreamBodyMessage(response.body, '');
  if (!bodyText || bodyText === statusText || /^\{?"?data"?:?null\}?$/.test(bodyText)) {
    return statusText || line;
  }

  return statusText ? `${statusText} - ${bodyText}` : bodyText;
}

export function readEnvelope(response: ExchangeResponse, ctx: ErrorContext): Envelope {
  if (looksLikeHtml(response)) {
    throw malformed(
      ctx,
      `${ctx.endpoint} answered ${ctx.method} ${ctx.path} with an HTML page instead of JSON; ` +
        `check the port (${ctx.product === 'pbs' ? '8007 for PBS' : '8006 for PVE and PMG'})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    throw malformed(ctx, `${ctx.endpoint} answered ${ctx.method} ${ctx.path} with invalid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) {
    throw malformed(
      ctx,
      `${ctx.endpoint} answered ${ctx.method} ${ctx.path} without the {"data": ...} envelope`,
    );
  }
  const envelope = parsed as Record<string, unknown>;

  return { data: envelope['data'], total: toInt(envelope['total']) };
}

export function malformed(ctx: ErrorContext, message: string, upstreamMessage?: string) {
  return new UpstreamError({
    kind: 'malformed',
    message: redact(message, ctx.secrets),
    product: ctx.product,
    endpoint: ctx.endpoint,
    method: ctx.method,
    path: ctx.path,
    upstreamMessage,
  });
}

function looksLikeHtml(response: ExchangeResponse): boolean {
  const type = String(response.headers['content-type'] ?? '');

  return type.includes('text/html') || /^\s*<(!doctype|html)/i.test(response.body);
}
