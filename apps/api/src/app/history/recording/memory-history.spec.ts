import { MemoryHistory } from './memory-history';

type Seen = [sid: number, time: number, value: number];

describe('MemoryHistory.forEachOf', () => {
  const memory = new MemoryHistory(100);
  for (let t = 100; t < 160; t += 10) {
    memory.record('guest', 1, t, [t + 0.5]);
    memory.record('guest', 2, t, [t + 0.25]);
    memory.record('node', 3, t, [t]);
  }

  function seen(kind: string, sids: number[], fromSec: number, toSec: number): Seen[] {
    const out: Seen[] = [];
    memory.forEachOf(kind, sids, fromSec, toSec, (sid, time, ring, slot) =>
      out.push([sid, time, ring.valueAt(slot, 0)]),
    );

    return out;
  }

  it('visits only the listed series of the kind, oldest first, within the range', () => {
    expect(seen('guest', [2], 120, 140)).toEqual([
      [2, 120, 120.25],
      [2, 130, 130.25],
    ]);
  });

  it('skips series of another kind and ids it does not hold', () => {
    expect(seen('guest', [3, 99], 0, 1000)).toEqual([]);
    expect(seen('node', [3], 150, 1000)).toEqual([[3, 150, 150]]);
  });

  it('gives the same points as walking every ring of the kind', () => {
    const all: Seen[] = [];
    memory.forEach('guest', 110, 150, (sid, time, ring, slot) => {
      if (sid === 1) all.push([sid, time, ring.valueAt(slot, 0)]);
    });

    expect(seen('guest', [1], 110, 150)).toEqual(all);
    expect(all).toHaveLength(4);
  });
});
