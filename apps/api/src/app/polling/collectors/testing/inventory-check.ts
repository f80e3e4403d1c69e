import type { FieldSpec, Inventory, Unit } from './inventory-schema';

/** What checking a document against an inventory found. */
export interface InventoryReport {
  /** Wrong kinds, implausible values, missing required or undocumented fields. */
  errors: string[];
  /** Optional fields (and arrays) the data never showed, without a `notFilled` reason. */
  unfilled: string[];
  /** Paths with a `notFilled` reason that the data did show after all. */
  filledAnyway: string[];
}

const ZERO_TIME = '0001-01-01T00:00:00Z';
const TEN_YEARS_MS = 10 * 365 * 86_400_000;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/**
 * Walks `document` along `inventory`. Paths use `[]` for array items (`vms[].memory.usage`), so
 * coverage is counted over all items: an optional field counts as filled when any item has it.
 */
export function checkInventory(
  document: unknown,
  inventory: Inventory,
  now = Date.now(),
): InventoryReport {
  const walker = new Walker(now);
  walker.object(document, inventory, '');
  const unfilled: string[] = [];
  const filledAnyway: string[] = [];
  for (const [path, expectation] of walker.expected) {
    const seen = walker.seen.has(path);
    if (!seen && !expectation.notFilled) unfilled.push(path);
    if (seen && expectation.notFilled) filledAnyway.push(path);
  }

  return { errors: summarize(walker.errors), unfilled, filledAnyway };
}

class Walker {
  readonly errors: string[] = [];
  /** Optional fields and arrays whose presence (non-empty) is expected somewhere. */
  readonly expected = new Map<string, FieldSpec>();
  readonly seen = new Set<string>();

  constructor(private readonly now: number) {}

  object(value: unknown, inventory: Inventory, path: string): void {
    if (!isPlainObject(value)) {
      this.errors.push(`${path || '(root)'}: expected an object, got ${describe(value)}`);

      return;
    }
    for (const [name, spec] of Object.entries(inventory)) {
      const fieldPath = path ? `${path}.${name}` : name;
      if (spec.optional || spec.kind === 'array') {
        this.expected.set(fieldPath, spec);
      }
      if (!(name in value)) {
        if (!spec.optional) this.errors.push(`${fieldPath}: missing`);
        continue;
      }
      this.field(value[name], spec, fieldPath);
    }
    for (const name of Object.keys(value)) {
      if (!(name in inventory)) {
        this.errors.push(`${path ? `${path}.` : ''}${name}: not in the inventory`);
      }
    }
  }

  private field(value: unknown, spec: FieldSpec, path: string): void {
    if (value === null && spec.nullable) {
      return;
    }
    if (!hasKind(value, spec)) {
      this.errors.push(`${path}: expected ${spec.kind}, got ${describe(value)}`);

      return;
    }
    if (spec.optional && spec.kind !== 'array') {
      this.seen.add(path);
    }
    switch (spec.kind) {
      case 'array':
        this.array(value as unknown[], spec, path);
        break;
      case 'object':
        this.nested(value as Record<string, unknown>, spec, path);
        break;
      case 'string':
        this.string(value as string, spec, path);
        break;
      case 'number':
      case 'integer':
        if (spec.unit) this.unit(value as number, spec.unit, path);
        break;
      default:
        break;
    }
  }

  private array(items: unknown[], spec: FieldSpec, path: string): void {
    if (items.length > 0) {
      this.seen.add(path);
    }
    const itemSpec = spec.items;
    if (!itemSpec) {
      return;
    }
    items.forEach((item) => this.field(item, { ...itemSpec, optional: false }, `${path}[]`));
  }

  private nested(value: Record<string, unknown>, spec: FieldSpec, path: string): void {
    if (spec.empty && Object.keys(value).length > 0) {
      this.errors.push(`${path}: expected an empty object, got keys ${Object.keys(value)}`);
    }
    if (spec.values) {
      for (const [key, entry] of Object.entries(value)) {
        this.field(entry, spec.values, `${path}.${key}`);
      }
    }
    if (spec.fields && Object.keys(spec.fields).length > 0) {
      this.object(value, spec.fields, path);
    }
  }

  private string(value: string, spec: FieldSpec, path: string): void {
    if (spec.oneOf && !spec.oneOf.includes(value)) {
      this.errors.push(`${path}: ${JSON.stringify(value)} is not one of ${spec.oneOf.join('|')}`);
    }
    if (spec.unit === 'isoTime') {
      this.isoTime(value, spec, path);
    }
  }

  private isoTime(value: string, spec: FieldSpec, path: string): void {
    if (value === ZERO_TIME) {
      if (!spec.zeroTime) this.errors.push(`${path}: zero time where a real time is expected`);

      return;
    }
    const ms = Date.parse(value);
    if (!ISO_TIME.test(value) || Number.isNaN(ms)) {
      this.errors.push(`${path}: ${JSON.stringify(value)} is not an RFC 3339 time`);
    } else if (!this.plausibleMs(ms, true)) {
      this.errors.push(`${path}: ${value} is not a plausible time`);
    }
  }

  private unit(value: number, unit: Unit, path: string): void {
    const problem = unitProblem(value, unit, (ms, future) => this.plausibleMs(ms, future));
    if (problem) {
      this.errors.push(`${path}: ${value} ${problem}`);
    }
  }

  /** Within the last ten years; a little in the future for schedules (`nextRun`). */
  private plausibleMs(ms: number, allowFuture = false): boolean {
    const ahead = allowFuture ? 366 * 86_400_000 : 60_000;

    return ms > this.now - TEN_YEARS_MS && ms < this.now + ahead;
  }
}

function unitProblem(
  value: number,
  unit: Unit,
  plausibleMs: (ms: number, allowFuture: boolean) => boolean,
): string | undefined {
  switch (unit) {
    case 'fraction':
      return value >= 0 && value <= 1 ? undefined : 'is not a fraction in [0, 1]';
    case 'percent':
      return value >= 0 && value <= 100 ? undefined : 'is not a percentage in [0, 100]';
    case 'percentOrUnknown':
      return value === -1 || (value >= 0 && value <= 100) ? undefined : 'is not -1 or in [0, 100]';
    case 'wearout':
      return value === -1 || (value >= 0 && value <= 100) ? undefined : 'is not -1 or in [0, 100]';
    case 'epochMs':
      return plausibleMs(value, true) ? undefined : 'is not plausible epoch milliseconds';
    case 'epochSeconds':
      return plausibleMs(value * 1000, true) ? undefined : 'is not plausible epoch seconds';
    default:
      return value >= 0 ? undefined : 'is negative';
  }
}

/** One line per path (the first problem seen there), with how many items had a problem. */
function summarize(errors: readonly string[]): string[] {
  const byPath = new Map<string, { first: string; count: number }>();
  for (const error of errors) {
    const path = error.slice(0, error.indexOf(':'));
    const entry = byPath.get(path);
    if (entry) entry.count += 1;
    else byPath.set(path, { first: error, count: 1 });
  }

  return [...byPath.values()].map(({ first, count }) =>
    count > 1 ? `${first} (and ${count - 1} more)` : first,
  );
}

function hasKind(value: unknown, spec: FieldSpec): boolean {
  switch (spec.kind) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === spec.kind;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return `number ${value}`;

  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
