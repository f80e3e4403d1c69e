import { ErrorContext, PRODUCT_NAMES } from './error-context';
import { redact } from './redact';
import { UpstreamError, UpstreamErrorKind } from './upstream-error';

export interface FailedResponse {
  status: number;
  /** The upstream's explanation: status line text and/or body message. */
  upstreamMessage: string;
}

const PERMISSION_HINTS: Record<ErrorContext['product'], string> = {
  pve: 'grant PVEAuditor on /',
  pbs: 'grant Audit (or DatastoreAudit for datastores) on /',
  pmg: 'give the user the Auditor role',
};

/** Maps a non-2xx answer to an UpstreamError whose message tells the admin what to change. */
export function classifyStatus(response: FailedResponse, ctx: ErrorContext): UpstreamError {
  const upstreamMessage = redact(response.upstreamMessage, ctx.secrets);
  const kind = kindForStatus(response.status, ctx);
  const message = messageFor(kind, response.status, upstreamMessage, ctx);

  return new UpstreamError({
    kind,
    message: redact(message, ctx.secrets),
    product: ctx.product,
    endpoint: ctx.endpoint,
    method: ctx.method,
    path: ctx.path,
    status: response.status,
    upstreamMessage: upstreamMessage || undefined,
  });
}

function kindForStatus(status: number, ctx: ErrorContext): UpstreamErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404 || status === 501) return 'notFound';
  if (status === 408) return 'timeout';
  if (status === 595 || status === 596) return nodeOf(ctx.path) ? 'offline' : 'auth';
  if (status === 429 || status >= 500) return 'upstream5xx';

  return 'malformed';
}

function messageFor(
  kind: UpstreamErrorKind,
  status: number,
  upstreamMessage: string,
  ctx: ErrorContext,
): string {
  const said = upstreamMessage ? `: ${upstreamMessage}` : '';
  switch (kind) {
    case 'auth':
      return authMessage(status, said, ctx);
    case 'permission':
      return permissionMessage(upstreamMessage, ctx);
    case 'offline':
      return (
        `Node ${nodeOf(ctx.path)} is offline or cannot be reached from ${ctx.endpoint} ` +
        `(HTTP ${status} on ${ctx.path}${said})`
      );
    case 'notFound':
      return (
        `${ctx.method} ${ctx.path} is not available on ${ctx.endpoint} ` + `(HTTP ${status}${said})`
      );
    case 'timeout':
      return (
        `${ctx.endpoint} timed out answering ${ctx.method} ${ctx.path} ` + `(HTTP ${status}${said})`
      );
    case 'upstream5xx':
      return `${ctx.endpoint} failed ${ctx.method} ${ctx.path} with HTTP ${status}${said}`;
    default:
      return `${ctx.endpoint} rejected ${ctx.method} ${ctx.path} with HTTP ${status}${said}`;
  }
}

function authMessage(status: number, said: string, ctx: ErrorContext): string {
  const what =
    ctx.authMode === 'token'
      ? 'the API token secret was rejected'
      : 'the user name or password was rejected';
  const extra = status === 401 ? '' : ` (HTTP ${status}${said})`;

  return `Authentication failed: ${what} by ${ctx.endpoint}${extra}`;
}

function permissionMessage(upstreamMessage: string, ctx: ErrorContext): string {
  const who = ctx.authMode === 'token' ? 'token' : 'user';
  const object = /\((\/[^,)]*)/.exec(upstreamMessage)?.[1] ?? ctx.path;
  const privilege = /,\s*([A-Za-z.]+)\s*\)/.exec(upstreamMessage)?.[1];
  const lacking = privilege ? `the ${privilege} privilege` : 'a privilege';
  const separation =
    ctx.product === 'pve' && ctx.authMode === 'token'
      ? ' (with privilege separation, grant it to the token as well as its user)'
      : '';

  return (
    `The ${who} lacks ${lacking} on ${object}: ${PERMISSION_HINTS[ctx.product]}${separation}. ` +
    `${PRODUCT_NAMES[ctx.product]} refused ${ctx.method} ${ctx.path}.`
  );
}

function nodeOf(path: string): string | undefined {
  return /^\/nodes\/([^/]+)/.exec(path)?.[1];
}
