import { formatFingerprint } from '../http/tls';
import { ErrorContext, PRODUCT_NAMES, seconds } from './error-context';
import { redact } from './redact';
import { UpstreamError, UpstreamErrorKind } from './upstream-error';

const UNREACHABLE_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved',
  EHOSTUNREACH: 'there is no route to the host',
  ENETUNREACH: 'the network is unreachable',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed unexpectedly',
  UND_ERR_CLOSED: 'the connection was closed',
};

const TIMEOUT_CODES = new Set([
  'BUDGET_EXCEEDED',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_|EPROTO|ISSUER|FINGERPRINT/;

interface CodedError {
  code?: string;
  message?: string;
  expected?: string;
  actual?: string;
  cause?: unknown;
}

/** Maps a network-level failure (no HTTP status) to an UpstreamError with an actionable message. */
export function classifyTransportError(error: unknown, ctx: ErrorContext): UpstreamError {
  if (error instanceof UpstreamError) {
    return error;
  }
  const cause = findCodedCause(error);
  const code = cause.code ?? 'UNKNOWN';
  const kind = kindForCode(code);

  return new UpstreamError({
    kind,
    message: redact(messageFor(kind, code, cause, ctx), ctx.secrets),
    product: ctx.product,
    endpoint: ctx.endpoint,
    method: ctx.method,
    path: ctx.path,
    code,
  });
}

function kindForCode(code: string): UpstreamErrorKind {
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (code === 'RESPONSE_TOO_LARGE') return 'malformed';
  if (TLS_CODE.test(code)) return 'tls';

  return 'unreachable';
}

function messageFor(kind: UpstreamErrorKind, code: string, cause: CodedError, ctx: ErrorContext) {
  switch (kind) {
    case 'timeout':
      return timeoutMessage(code, ctx);
    case 'tls':
      return tlsMessage(code, cause, ctx);
    case 'malformed':
      return `${ctx.endpoint} sent a response to ${ctx.method} ${ctx.path} that is too large`;
    default:
      return unreachableMessage(code, ctx);
  }
}

function unreachableMessage(code: string, ctx: ErrorContext): string {
  const reason = UNREACHABLE_REASONS[code] ?? `the connection failed (${code})`;

  return (
    `Cannot reach ${ctx.endpoint}: ${reason}. Check the host and port, and that the ` +
    `${PRODUCT_NAMES[ctx.product]} API is running and reachable through any firewall.`
  );
}

function timeoutMessage(code: string, ctx: ErrorContext): string {
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return (
      `${ctx.endpoint} did not accept a connection in time; ` + 'check the host, port and firewall.'
    );
  }

  const within = seconds(ctx.timeoutMs);

  return `${ctx.endpoint} did not answer ${ctx.method} ${ctx.path} within ${within}.`;
}

function tlsMessage(code: string, cause: CodedError, ctx: ErrorContext): string {
  if (code === 'FINGERPRINT_MISMATCH') {
    return (
      `The TLS certificate of ${ctx.endpoint} changed: the pinned fingerprint is ` +
      `${formatFingerprint(cause.expected ?? '')} but the server presented ` +
      `${formatFingerprint(cause.actual ?? '') || 'no certificate'}. If the certificate was ` +
      `renewed on purpose, update the fingerprint in the node settings.`
    );
  }
  if (code === 'EPROTO' || code.includes('WRONG_VERSION')) {
    return `${ctx.endpoint} did not answer with TLS; check the port and that the URL uses https.`;
  }

  return (
    `TLS verification of ${ctx.endpoint} failed (${code}: ${cause.message ?? 'unknown'}). For a ` +
    `self-signed certificate, pin its fingerprint or turn off certificate verification.`
  );
}

function findCodedCause(error: unknown): CodedError {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as CodedError;
    if (typeof candidate.code === 'string') {
      return candidate;
    }
    current = candidate.cause;
  }

  return { message: error instanceof Error ? error.message : String(error) };
}
