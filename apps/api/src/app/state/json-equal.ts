/**
 * Whether two values serialize to the same JSON, key order aside, without serializing them:
 * keys whose value JSON leaves out do not count, non-finite numbers equal `null`, `toJSON()`
 * is honoured. Used to tell changed items apart without keeping their JSON; it allocates
 * nothing, since it runs for every item of every poll.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || valuesEqual(jsonValue(a), jsonValue(b));
}

/** {@link jsonEqual} of two values already passed through {@link jsonValue}. */
function valuesEqual(left: unknown, right: unknown): boolean {
  if (left === right) {
    return true;
  }
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return Array.isArray(left) && Array.isArray(right) && arraysEqual(left, right);
  }

  return objectsEqual(left as Record<string, unknown>, right as Record<string, unknown>);
}

/** What JSON writes for a value: `undefined` where it writes nothing (or `null` in arrays). */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'function' || typeof value === 'symbol') {
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      return jsonValue(toJSON.call(value));
    }
  }

  return value;
}

function arraysEqual(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (!valuesEqual(jsonValue(a[i]) ?? null, jsonValue(b[i]) ?? null)) {
      return false;
    }
  }

  return true;
}

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

function objectsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let count = 0;
  for (const key in a) {
    const left = hasOwn(a, key) ? jsonValue(a[key]) : undefined;
    if (left === undefined) {
      continue;
    }
    if (!hasOwn(b, key) || !valuesEqual(left, jsonValue(b[key]))) {
      return false;
    }
    count++;
  }
  for (const key in b) {
    if (hasOwn(b, key) && jsonValue(b[key]) !== undefined) {
      count--;
    }
  }

  return count === 0;
}
