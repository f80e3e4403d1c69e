import { NodeType } from '@pulse/contracts';

const DEFAULT_PORT: Record<NodeType, number> = { pve: 8006, pbs: 8007, pmg: 8006 };

export class InvalidHostError extends Error {
  override readonly name = 'InvalidHostError';
}

/**
 * Turns what an admin typed (`pve1`, `10.0.0.5:8006`, `https://pve1:8006/`) into the canonical
 * `https://host:port` form. Paths other than the API root, credentials and queries are refused.
 */
export function normalizeHost(type: NodeType, input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const url = parseUrl(withScheme, input);

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidHostError(`Host "${input}" must use https:// (or http://).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InvalidHostError(`Host "${input}" must not carry credentials, a query or a hash.`);
  }
  if (!['/', '/api2/json', '/api2/json/'].includes(url.pathname)) {
    throw new InvalidHostError(`Host "${input}" must not have a path; give only host and port.`);
  }

  return `${url.protocol}//${url.hostname}:${url.port || DEFAULT_PORT[type]}`;
}

function parseUrl(candidate: string, original: string): URL {
  try {
    const url = new URL(candidate);
    if (!url.hostname) {
      throw new Error('no host');
    }

    return url;
  } catch {
    throw new InvalidHostError(`Host "${original}" is not a valid URL or host name.`);
  }
}

/** Lower-case hex pairs joined by colons, or `undefined` for an empty value. */
export function normalizeFingerprint(input: string | undefined): string | undefined {
  const hex = input?.replace(/[:\s]/g, '').toUpperCase();
  if (!hex) {
    return undefined;
  }

  return hex.match(/.{2}/g)?.join(':');
}
