import type { StateSnapshot } from '../state/state';
import {
  applyDelta,
  checkDeltaSeq,
  CollectionDelta,
  DeltaCollectionName,
  mergeDeltas,
  StateDelta,
} from './state-delta';

type Item = { id: string; value: number };
type Collections = Partial<Record<DeltaCollectionName, Item[]>>;

const NAMES: DeltaCollectionName[] = [
  'nodes',
  'vms',
  'pbsBackups',
  'backupTasks',
  'guestSnapshots',
];

function stateOf(collections: Collections, seq: number): StateSnapshot {
  const all = (name: DeltaCollectionName) => (collections[name] ?? []) as never[];
  const pveBackups = {
    backupTasks: all('backupTasks'),
    storageBackups: all('storageBackups'),
    guestSnapshots: all('guestSnapshots'),
  };

  return {
    nodes: all('nodes'),
    vms: all('vms'),
    containers: [],
    dockerHosts: [],
    removedDockerHosts: [],
    hosts: [],
    storage: [],
    cephClusters: [],
    physicalDisks: [],
    pbs: [],
    pmg: [],
    pbsBackups: all('pbsBackups'),
    pmgBackups: [],
    backups: { pve: pveBackups, pbs: all('pbsBackups'), pmg: [] },
    replicationJobs: [],
    activeAlerts: [],
    metrics: {},
    pveBackups,
    performance: {},
    connectionHealth: { [`pve-${seq % 3}`]: seq % 2 === 0 },
    stats: {},
    lastUpdate: seq * 1000,
    temperatureMonitoringEnabled: true,
  };
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let value = seed;

  return () => {
    value = (value * 1103515245 + 12345) % 2147483648;

    return value / 2147483648;
  };
}

function nextCollections(before: Collections, rand: () => number): Collections {
  const after: Collections = {};
  for (const name of NAMES) {
    const kept = (before[name] ?? [])
      .filter(() => rand() > 0.2)
      .map((item) => (rand() > 0.6 ? { ...item, value: item.value + 1 } : item));
    const added = Array.from({ length: Math.floor(rand() * 3) }, () => ({
      id: `${name}-${Math.floor(rand() * 40)}`,
      value: 0,
    }));
    const ids = new Set(kept.map((item) => item.id));
    after[name] = kept.concat(added.filter((item) => !ids.has(item.id) && ids.add(item.id)));
  }

  return after;
}

function diff(before: Collections, after: Collections, baseSeq: number, seq: number): StateDelta {
  const changes: Record<string, CollectionDelta<Item>> = {};
  for (const name of NAMES) {
    const old = new Map((before[name] ?? []).map((item) => [item.id, item]));
    const now = after[name] ?? [];
    const upserted = now.filter((item) => old.get(item.id)?.value !== item.value);
    const removed = [...old.keys()].filter((id) => !now.some((item) => item.id === id));
    if (upserted.length || removed.length) {
      changes[name] = { upserted, removed };
    }
  }
  const { connectionHealth, lastUpdate } = stateOf(after, seq);

  return { seq, baseSeq, changes, connectionHealth, lastUpdate };
}

/** Item order inside a collection is not part of the delta contract. */
function canonical(state: StateSnapshot): unknown {
  return JSON.parse(JSON.stringify(state), (_key, value) =>
    Array.isArray(value) ? [...value].sort((a, b) => String(a.id).localeCompare(b.id)) : value,
  );
}

function history(seed: number, steps: number): { states: StateSnapshot[]; deltas: StateDelta[] } {
  const rand = random(seed);
  let collections: Collections = {};
  const states = [stateOf(collections, 0)];
  const deltas: StateDelta[] = [];
  for (let seq = 1; seq <= steps; seq += 1) {
    const next = nextCollections(collections, rand);
    deltas.push(diff(collections, next, seq - 1, seq));
    states.push(stateOf(next, seq));
    collections = next;
  }

  return { states, deltas };
}

describe('applyDelta', () => {
  it.each([1, 2, 3, 4, 5])('rebuilds every state of a random history (seed %i)', (seed) => {
    const { states, deltas } = history(seed, 40);
    let state = JSON.parse(JSON.stringify(states[0]));
    deltas.forEach((delta, index) => {
      state = applyDelta(state, JSON.parse(JSON.stringify(delta)));

      expect(canonical(state)).toEqual(canonical(states[index + 1]));
    });
  });

  it('keeps pveBackups and backups.pve, pbsBackups and backups.pbs in step', () => {
    const { states, deltas } = history(9, 10);
    const state = deltas.reduce(applyDelta, states[0]);

    expect(state.backups.pve).toEqual(state.pveBackups);
    expect(state.backups.pbs).toEqual(state.pbsBackups);
    expect(state.pveBackups.backupTasks).toEqual(expect.any(Array));
  });

  it('replaces items in place, appends new ones and leaves the input untouched', () => {
    const before = stateOf(
      {
        vms: [
          { id: 'a', value: 1 },
          { id: 'b', value: 1 },
        ],
      },
      0,
    );
    const frozen = JSON.stringify(before);
    const after = applyDelta(before, {
      seq: 1,
      baseSeq: 0,
      lastUpdate: 5,
      changes: {
        vms: { upserted: [{ id: 'c' }, { id: 'a', value: 2 }] as never[], removed: ['b'] },
      },
    });

    expect(after.vms).toEqual([{ id: 'a', value: 2 }, { id: 'c' }]);
    expect(after.nodes).toBe(before.nodes);
    expect(after.lastUpdate).toBe(5);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('replaces whole top-level fields the delta carries', () => {
    const alert = { id: 'x' } as never;
    const after = applyDelta(stateOf({}, 0), {
      seq: 0,
      baseSeq: 0,
      lastUpdate: 1,
      changes: {},
      activeAlerts: [alert],
      connectionHealth: { 'pbs-main': false },
    });

    expect(after.activeAlerts).toEqual([alert]);
    expect(after.connectionHealth).toEqual({ 'pbs-main': false });
  });
});

describe('mergeDeltas', () => {
  it.each([11, 12, 13])('one merged delta equals the sequence it replaces (seed %i)', (seed) => {
    const { states, deltas } = history(seed, 30);
    const merged = deltas.slice(5).reduce(mergeDeltas);

    expect(merged).toMatchObject({ baseSeq: 5, seq: 30 });
    expect(canonical(applyDelta(states[5], merged))).toEqual(canonical(states[30]));
  });

  it('brings any state between its base and its end to its end', () => {
    const { states, deltas } = history(21, 20);
    const merged = deltas.slice(4, 15).reduce(mergeDeltas);

    for (let seq = 4; seq <= 15; seq += 1) {
      expect(canonical(applyDelta(states[seq], merged))).toEqual(canonical(states[15]));
    }
  });

  it('never lists an id as both upserted and removed', () => {
    const { deltas } = history(31, 25);
    const merged = deltas.reduce(mergeDeltas);
    for (const change of Object.values(merged.changes)) {
      const ids = new Set(change?.upserted.map((item) => item.id));

      expect(change?.removed.filter((id) => ids.has(id))).toEqual([]);
    }
  });

  it('refuses to merge across a gap', () => {
    const { deltas } = history(41, 5);

    expect(() => mergeDeltas(deltas[0], deltas[2])).toThrow(RangeError);
  });
});

describe('checkDeltaSeq', () => {
  const delta = (baseSeq: number, seq: number) =>
    ({ baseSeq, seq, changes: {}, lastUpdate: 0 }) as StateDelta;

  it('applies a delta whose range covers the current sequence number', () => {
    expect(checkDeltaSeq(5, delta(5, 6))).toBe('apply');
    expect(checkDeltaSeq(5, delta(3, 8))).toBe('apply');
    expect(checkDeltaSeq(5, delta(5, 5))).toBe('apply');
  });

  it('skips what the client already has and reports a gap', () => {
    expect(checkDeltaSeq(5, delta(2, 4))).toBe('stale');
    expect(checkDeltaSeq(5, delta(4, 4))).toBe('stale');
    expect(checkDeltaSeq(5, delta(6, 7))).toBe('gap');
  });
});
