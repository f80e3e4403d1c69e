import { isIPv4, isIPv6 } from 'node:net';

/** What the origin check reads from an upgrade request. */
export interface OriginFacts {
  origin?: string;
  host?: string;
  forwardedProto?: string;
  forwardedScheme?: string;
  forwardedHost?: string;
  /** The connection itself is TLS. */
  encrypted: boolean;
}

/**
 * The original's rule: no `Origin` header, or the same origin as the request (as a proxy
 * forwarded it), or an origin in `ALLOWED_ORIGINS` (`*` for any); with that list empty, any
 * origin on a loopback or private address or a `.local`/`.lan` name.
 */
export function isOriginAllowed(facts: OriginFacts, allowedOrigins: readonly string[]): boolean {
  const { origin } = facts;
  if (!origin) {
    return true;
  }
  if (origin.toLowerCase() === requestOrigin(facts)) {
    return true;
  }
  if (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) {
    return true;
  }

  return allowedOrigins.length === 0 && isPrivateOrigin(origin);
}

function requestOrigin(facts: OriginFacts): string {
  const scheme =
    firstValue(facts.forwardedProto)?.replace(/^wss$/, 'https').replace(/^ws$/, 'http') ??
    firstValue(facts.forwardedScheme) ??
    (facts.encrypted ? 'https' : 'http');
  const host = firstValue(facts.forwardedHost) ?? facts.host ?? '';

  return `${scheme}://${host}`.toLowerCase();
}

function firstValue(header: string | undefined): string | undefined {
  const value = header?.split(',')[0].trim().toLowerCase();

  return value || undefined;
}

/** Loopback and private addresses, `localhost`, and short `.local` or `.lan` names. */
export function isPrivateOrigin(origin: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname.toLowerCase();
  } catch {
    return false;
  }
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') {
    return true;
  }
  if (isIPv4(bare)) {
    return isPrivateIPv4(bare);
  }
  if (isIPv6(bare)) {
    return isPrivateIPv6(bare);
  }
  const labels = bare.split('.');

  return /\.(local|lan)$/.test(bare) && labels.length <= 3;
}

function isPrivateIPv4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);

  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function isPrivateIPv6(address: string): boolean {
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];

    return isPrivateIPv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }

  return address === '::1' || /^f[cd][0-9a-f]{2}:/.test(address);
}
