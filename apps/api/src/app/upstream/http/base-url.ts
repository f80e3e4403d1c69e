import { UpstreamProduct } from '../errors/upstream-error';

const DEFAULT_PORTS: Record<UpstreamProduct, number> = { pve: 8006, pbs: 8007, pmg: 8006 };
const EXPLICIT_PORT = /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]*\]|[^/?#:]*):(\d+)/i;

export const API_PREFIX = '/api2/json';

/**
 * Turns a configured host (`pve1.lan`, `10.0.0.5:8006`, `https://host:8006/api2/json/`) into an
 * origin such as `https://pve1.lan:8006`. No scheme means https; no port means the product's port.
 */
export function normalizeOrigin(host: string, product: UpstreamProduct): URL {
  let raw = host.trim().replace(/\/+$/, '');
  if (raw.endsWith(API_PREFIX)) {
    raw = raw.slice(0, -API_PREFIX.length);
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    raw = `https://${raw}`;
  }
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Unsupported scheme in host "${host}": use https://`);
  }
  if (!EXPLICIT_PORT.test(raw)) {
    url.port = String(DEFAULT_PORTS[product]);
  }

  return new URL(url.origin);
}

/** `host:port` label used in messages and health reports. */
export function endpointLabel(origin: URL): string {
  const port = origin.port || (origin.protocol === 'https:' ? '443' : '80');

  return `${origin.hostname}:${port}`;
}

export function buildPath(
  path: string,
  query?: Record<string, string | number | boolean | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) {
      params.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
  }
  const search = params.toString();

  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

/** Encodes one path segment supplied by a caller (node, storage, volume names). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}
