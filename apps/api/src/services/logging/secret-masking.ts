export const REDACTED = '[redacted]';

const SECRET_KEY = /pass(word|phrase)?|secret|token|authorization|cookie|api[-_]?key/i;
const MAX_DEPTH = 8;

/** Header paths that pino removes from serialized requests and responses. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-token"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * Copies a log object with the values of secret-looking keys (`password`, `token`, ...)
 * replaced, at any depth. Only plain objects and arrays are walked.
 */
export function maskSecrets(value: Record<string, unknown>): Record<string, unknown> {
  return maskValue(value, 0) as Record<string, unknown>;
}

function maskValue(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => maskValue(item, depth + 1));
  }
  if (!isPlainObject(value)) {
    return value;
  }
  const masked: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    masked[key] = isSecretKey(key) ? REDACTED : maskValue(item, depth + 1);
  }

  return masked;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const proto = Object.getPrototypeOf(value);

  return proto === Object.prototype || proto === null;
}

/** Masks secret-looking query parameters: `/x?token=abc` → `/x?token=[redacted]`. */
export function maskUrlSecrets(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) {
    return url;
  }
  const params = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const name = decodeSafely(pair.split('=')[0]);

      return isSecretKey(name) ? `${pair.split('=')[0]}=${REDACTED}` : pair;
    });

  return `${url.slice(0, queryStart)}?${params.join('&')}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
