/**
 * Proxmox products disagree on wire types: PVE and PMG (Perl) send booleans as 0/1 and numbers as
 * strings now and then, PBS (Rust) sends real booleans. These readers accept all of them.
 */

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const HEX = /^0x[0-9a-f]+$/i;
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** number | numeric string (padded, quoted, exponent, hex) | boolean | null → finite number. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  if (typeof value === 'boolean') {
    return value ? 1 : 0;
  }
  if (typeof value === 'string') {
    return parseNumericText(value);
  }

  return undefined;
}

export function toInt(value: unknown): number | undefined {
  const parsed = toNumber(value);

  return parsed === undefined ? undefined : Math.trunc(parsed);
}

export function toBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value !== 0 : undefined;
  }
  if (typeof value === 'string') {
    const word = unquote(value).toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }

  return undefined;
}

export function toStr(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? '1' : '0';
  }

  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseNumericText(text: string): number | undefined {
  const clean = unquote(text).replace(/%$/, '').trim();
  if (DECIMAL.test(clean)) {
    const parsed = Number(clean);

    return Number.isFinite(parsed) ? parsed : undefined;
  }

  return HEX.test(clean) ? parseInt(clean.slice(2), 16) : undefined;
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
}
