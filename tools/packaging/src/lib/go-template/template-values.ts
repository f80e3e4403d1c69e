/** Go template truth: false, 0, nil, and empty strings, lists and maps are false. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object') {
    return Object.keys(value).length > 0;
  }

  return true;
}

/** Prints a scalar the way Helm does; a missing value prints as an empty string. */
export function printValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return formatNumber(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    return String(value);
  }

  throw new Error('cannot print a map or a list here; pipe it through toYaml');
}

/** Values reach Helm templates as float64, which Go prints with %g: 1000000 becomes 1e+06. */
export function formatNumber(value: number): string {
  const exponent = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -4 && exponent < 6) {
    return String(value);
  }

  return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
}

export function resolveField(start: unknown, path: string[]): unknown {
  let current = start;
  path.forEach((key, index) => {
    if (current === null || current === undefined) {
      throw new Error(`nil pointer evaluating .${path.slice(0, index + 1).join('.')}`);
    }
    if (typeof current !== 'object' || Array.isArray(current)) {
      throw new Error(`can't evaluate field ${key} in a ${describe(current)}`);
    }
    current = Object.prototype.hasOwnProperty.call(current, key)
      ? (current as Record<string, unknown>)[key]
      : undefined;
  });

  return current;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'list' : typeof value;
}
