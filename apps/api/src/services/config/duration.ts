const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const SECONDS = /^\d+(\.\d+)?$/;
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;

/**
 * Parses plain seconds (`"30"`) or a Go-style duration (`"1h30m"`, `"500ms"`) into
 * milliseconds. Returns `NaN` for anything else, negative values included.
 */
export function parseDurationMs(text: string): number {
  const value = text.trim();
  if (SECONDS.test(value)) {
    return Math.round(Number(value) * 1000);
  }

  return value === '' ? NaN : sumDurationParts(value);
}

function sumDurationParts(value: string): number {
  let total = 0;
  let index = 0;
  while (index < value.length) {
    PART.lastIndex = index;
    const match = PART.exec(value);
    if (!match) {
      return NaN;
    }
    total += Number(match[1]) * UNIT_MS[match[2]];
    index = PART.lastIndex;
  }

  return Math.round(total);
}

/** Formats milliseconds for messages: `1500` → `1.5s`, `300000` → `5m`. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0 && ms > 0) {
    return `${ms / 3_600_000}h`;
  }
  if (ms % 60_000 === 0 && ms > 0) {
    return `${ms / 60_000}m`;
  }

  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
