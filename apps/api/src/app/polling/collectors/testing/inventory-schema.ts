/**
 * A small typed vocabulary for the `/api/state` field inventory (api-inventory.md §2.4): each
 * field's JSON kind, whether it may be absent, and the unit its value must be plausible for.
 */

export type JsonKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

/** What a value means; the checker knows the plausible range of each. */
export type Unit =
  /** 0..1 (CPU of nodes and guests). */
  | 'fraction'
  /** 0..100. */
  | 'percent'
  /** 0..100, or −1 for "unknown" (VM disk without a guest agent). */
  | 'percentOrUnknown'
  /** Whole bytes, ≥ 0. */
  | 'bytes'
  /** Whole bytes per second, ≥ 0. */
  | 'bytesPerSecond'
  /** Whole seconds, ≥ 0. */
  | 'seconds'
  /** A whole count, ≥ 0. */
  | 'count'
  /** Milliseconds since the epoch, within the last ten years and not in the future. */
  | 'epochMs'
  /** Seconds since the epoch, same window. */
  | 'epochSeconds'
  /** RFC 3339 time; Go's zero time only where `zeroTime` allows it. */
  | 'isoTime'
  /** 0..100, or −1 when the drive does not report it (SSD wear). */
  | 'wearout'
  /** Any number ≥ 0 (mail counters, ratios, load, durations). */
  | 'amount';

export interface FieldSpec {
  kind: JsonKind;
  /** May be absent from an item (Go `omitempty` or `?` in the inventory). */
  optional?: boolean;
  /** `null` is a valid value (e.g. `loadAverage`). */
  nullable?: boolean;
  unit?: Unit;
  /** Allowed string values. */
  oneOf?: readonly string[];
  /** Go's zero time `0001-01-01T00:00:00Z` is a valid value (times the upstream never set). */
  zeroTime?: boolean;
  /** Array items: a field spec for scalars, or an object inventory. */
  items?: FieldSpec;
  /** Object fields; without it any object is accepted. */
  fields?: Inventory;
  /** Object values of a map (e.g. `connectionHealth`). */
  values?: FieldSpec;
  /** The object must have no keys (`metrics`, `performance`, `stats`). */
  empty?: boolean;
  /**
   * Optional field that the default simulator scenario does not exercise, or that Pulse cannot
   * fill from the upstream APIs, with the reason. Other optional fields must appear at least once.
   */
  notFilled?: string;
  /** A field that is not in the inventory but is served on purpose, with the reason. */
  extension?: string;
}

export type Inventory = Record<string, FieldSpec>;

export const str = (extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'string', ...extra });
export const bool = (extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'boolean', ...extra });
export const int = (unit: Unit, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  kind: 'integer',
  unit,
  ...extra,
});
export const num = (unit?: Unit, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  kind: 'number',
  ...(unit ? { unit } : {}),
  ...extra,
});
export const obj = (fields: Inventory, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  kind: 'object',
  fields,
  ...extra,
});
export const arr = (items: FieldSpec | Inventory, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  kind: 'array',
  items: isFieldSpec(items) ? items : obj(items),
  ...extra,
});
export const iso = (extra: Partial<FieldSpec> = {}): FieldSpec =>
  str({ unit: 'isoTime', ...extra });

/** Marks a field optional (`?` in the inventory). */
export const opt = (spec: FieldSpec, notFilled?: string): FieldSpec => ({
  ...spec,
  optional: true,
  ...(notFilled ? { notFilled } : {}),
});

function isFieldSpec(value: FieldSpec | Inventory): value is FieldSpec {
  return typeof (value as FieldSpec).kind === 'string';
}
