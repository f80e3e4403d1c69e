import { getHeapSpaceStatistics } from 'node:v8';

import { heapCompactor, usedHeapBytes } from './heap-compactor';

const MiB = 1024 * 1024;

function oldSpace() {
  const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'old_space');
  if (!space) throw new Error('no old_space in this V8');

  return { committed: space.space_size, used: space.space_used_size };
}

describe('heapCompactor (real V8 heap)', () => {
  it('frees garbage and gives fragmented old-space pages back', () => {
    const compact = heapCompactor();
    compact();
    const baseline = oldSpace();
    // Survivors interleaved with garbage across many pages: one small object in twenty lives.
    let keep: object[] = [];
    let garbage: object[] = [];
    for (let i = 0; i < 400_000; i++) {
      (i % 20 === 0 ? keep : garbage).push({ i, text: `item ${i}`, values: [i, i + 1] });
    }
    garbage = [];
    const grown = oldSpace();
    expect(grown.committed - baseline.committed).toBeGreaterThan(20 * MiB);

    compact();

    const after = oldSpace();
    expect(after.committed).toBeLessThan(grown.committed - 15 * MiB);
    expect(after.used).toBeLessThan(grown.used);
    expect(usedHeapBytes()).toBeGreaterThan(0);
    expect(keep).toHaveLength(20_000);
    expect(garbage).toHaveLength(0);
    keep = [];
  });

  it('hands out one compactor for the process', () => {
    expect(heapCompactor()).toBe(heapCompactor());
  });
});
