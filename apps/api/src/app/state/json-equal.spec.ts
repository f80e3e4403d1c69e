import { jsonEqual } from './json-equal';

/** Pairs whose JSON is the same, and pairs whose JSON differs; checked against stringify. */
const SAME: [unknown, unknown][] = [
  [
    { a: 1, b: 'x' },
    { a: 1, b: 'x' },
  ],
  [{ a: 1, gone: undefined }, { a: 1 }],
  [{ a: NaN }, { a: null }],
  [{ a: Infinity }, { a: null }],
  [
    [1, undefined],
    [1, null],
  ],
  [{ at: new Date(5) }, { at: new Date(5).toISOString() }],
  [{ nested: { list: [{ id: 'a', cpu: 0.5 }] } }, { nested: { list: [{ id: 'a', cpu: 0.5 }] } }],
  [{ fn: () => 1, a: 2 }, { a: 2 }],
];
/** Same keys and values in another order: other JSON, but the same item. */
const REORDERED: [unknown, unknown] = [
  { a: 1, b: { c: 2, d: 3 } },
  { b: { d: 3, c: 2 }, a: 1 },
];
const DIFFERENT: [unknown, unknown][] = [
  [{ a: 1 }, { a: 2 }],
  [
    { a: 1, b: undefined },
    { a: 1, c: 2 },
  ],
  [{ a: 1 }, { a: 1, b: 0 }],
  [{ a: null }, { a: 0 }],
  [{ a: '1' }, { a: 1 }],
  [
    [1, 2],
    [1, 2, 3],
  ],
  [[{ id: 'a' }], { 0: { id: 'a' } }],
  [{ nested: { list: [{ cpu: 0.5 }] } }, { nested: { list: [{ cpu: 0.25 }] } }],
  [{ a: {} }, { a: [] }],
  [{ a: false }, { a: null }],
];

describe('jsonEqual', () => {
  it.each(SAME)('treats values with the same JSON as equal (%j)', (a, b) => {
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(jsonEqual(a, b)).toBe(true);
    expect(jsonEqual(b, a)).toBe(true);
  });

  it.each(DIFFERENT)('tells values with different JSON apart (%j)', (a, b) => {
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(jsonEqual(a, b)).toBe(false);
    expect(jsonEqual(b, a)).toBe(false);
  });

  it('ignores the order of keys', () => {
    expect(jsonEqual(...REORDERED)).toBe(true);
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 2 })).toBe(false);
  });
});
