import { checkInventory } from './inventory-check';
import { arr, bool, int, iso, num, opt, str } from './inventory-schema';

const inventory = {
  items: arr({
    id: str(),
    cpu: num('fraction'),
    usage: num('percent'),
    size: int('bytes'),
    seen: int('epochMs'),
    time: iso(),
    ok: bool(),
    note: opt(str()),
    never: opt(str(), 'not served'),
  }),
};

const good = {
  id: 'a',
  cpu: 0.5,
  usage: 50,
  size: 1,
  seen: Date.now(),
  time: '2025-01-01T00:00:00Z',
  ok: true,
  note: 'x',
};

describe('checkInventory', () => {
  it('accepts a document that matches', () => {
    expect(checkInventory({ items: [good] }, inventory)).toEqual({
      errors: [],
      unfilled: [],
      filledAnyway: [],
    });
  });

  it('reports wrong kinds, implausible units, missing and undocumented fields', () => {
    const bad = { ...good, cpu: 42, usage: -3, size: 1.5, time: '0001-01-01T00:00:00Z', extra: 1 };
    const { id: _id, ...withoutId } = bad;
    const report = checkInventory({ items: [withoutId, { ...good, seen: 5 }] }, inventory);

    expect(report.errors).toEqual([
      'items[].id: missing',
      'items[].cpu: 42 is not a fraction in [0, 1]',
      'items[].usage: -3 is not a percentage in [0, 100]',
      'items[].size: expected integer, got number 1.5',
      'items[].time: zero time where a real time is expected',
      'items[].extra: not in the inventory',
      'items[].seen: 5 is not plausible epoch milliseconds',
    ]);
  });

  it('lists optional fields and arrays that never show, unless a reason is given', () => {
    const { note: _note, ...plain } = good;

    expect(checkInventory({ items: [plain] }, inventory).unfilled).toEqual(['items[].note']);
    // An empty array is reported itself; the fields of its items are never reached.
    expect(checkInventory({ items: [] }, inventory).unfilled).toEqual(['items']);
    expect(checkInventory({ items: [{ ...good, never: 'x' }] }, inventory).filledAnyway).toEqual([
      'items[].never',
    ]);
  });
});
