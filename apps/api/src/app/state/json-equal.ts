/**
 * Whether two values serialize to the same JSON, without serializing them: same keys in the
 * same order (keys whose value JSON leaves out do not count), non-finite numbers equal to
 * `null`, `toJSON()` honoured. Used to tell changed items apart without keeping their JSON.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  const left = jsonValue(a);
  const right = jsonValue(b);
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
    if (!jsonEqual(jsonValue(a[i]) ?? null, jsonValue(b[i]) ?? null)) {
      return false;
    }
  }

  return true;
}

function objectsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const left = writtenKeys(a);
  const right = writtenKeys(b);
  if (left.length !== right.length) {
    return false;
  }
  for (let i = 0; i < left.length; i++) {
    if (left[i] !== right[i] || !jsonEqual(a[left[i]], b[right[i]])) {
      return false;
    }
  }

  return true;
}

function writtenKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => jsonValue(value[key]) !== undefined);
}
