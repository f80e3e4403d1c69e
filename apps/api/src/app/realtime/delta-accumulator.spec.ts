import { DeltaAccumulator } from './delta-accumulator';
import { StateChange } from '../state/state-collections';

function change(seq: number, collections: StateChange['collections']): StateChange {
  return { seq, source: 'pve:a', at: seq, collections };
}

const item = (id: string, version: number) => ({ id, version });

describe('DeltaAccumulator', () => {
  it('starts empty and answers no changes', () => {
    const accumulator = new DeltaAccumulator();

    expect(accumulator.empty).toBe(true);
    expect(accumulator.take()).toEqual({});
  });

  it('keeps the last version of each item and the ids gone at the end', () => {
    const accumulator = new DeltaAccumulator();
    accumulator.add(change(1, { vms: { upserted: [item('a', 1), item('b', 1)], removed: [] } }));
    accumulator.add(change(2, { vms: { upserted: [item('a', 2)], removed: ['b', 'old'] } }));
    accumulator.add(change(3, { nodes: { upserted: [item('n', 1)], removed: [] } }));

    expect(accumulator.empty).toBe(false);
    expect(accumulator.take()).toEqual({
      vms: { upserted: [item('a', 2)], removed: ['b', 'old'] },
      nodes: { upserted: [item('n', 1)], removed: [] },
    });
  });

  it('turns a removal followed by a new version back into an upsert', () => {
    const accumulator = new DeltaAccumulator();
    accumulator.add(change(1, { containers: { upserted: [], removed: ['c'] } }));
    accumulator.add(change(2, { containers: { upserted: [item('c', 3)], removed: [] } }));

    expect(accumulator.take()).toEqual({ containers: { upserted: [item('c', 3)], removed: [] } });
  });

  it('starts over after take', () => {
    const accumulator = new DeltaAccumulator();
    accumulator.add(change(1, { vms: { upserted: [item('a', 1)], removed: [] } }));
    accumulator.take();

    expect(accumulator.empty).toBe(true);
    accumulator.add(change(2, { vms: { upserted: [], removed: ['a'] } }));
    expect(accumulator.take()).toEqual({ vms: { upserted: [], removed: ['a'] } });
  });
});
