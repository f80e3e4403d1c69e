import { applyDelta, checkDeltaSeq, StateAlert, StateDelta } from '@pulse/contracts';

import { PulseConfig } from '../../services/config/pulse-config';
import { StateBatch } from '../state/state-collections';
import { StateStore } from '../state/state-store.service';
import { payloadOf } from './outbound-message';
import { StateFeed, StateUpdate } from './state-feed.service';

const CONFIG = { polling: { temperatureMonitoring: false } } as PulseConfig;

const vm = (id: string, cpu = 0) => ({ id, name: id, cpu });
const vms = (...items: ReturnType<typeof vm>[]) =>
  ({ vms: items }) as unknown as StateBatch['collections'];

function deltaOf(update: StateUpdate): StateDelta {
  return JSON.parse(payloadOf(update.delta()).toString()).data;
}

describe('StateFeed', () => {
  let store: StateStore;
  let feed: StateFeed;
  let updates: StateUpdate[];

  beforeEach(() => {
    jest.useFakeTimers();
    store = new StateStore(CONFIG);
    feed = new StateFeed(store, { flushIntervalMs: 1_000 });
    feed.onModuleInit();
    updates = [];
    feed.updates$.subscribe((update) => updates.push(update));
  });

  afterEach(() => {
    feed.onModuleDestroy();
    jest.useRealTimers();
  });

  it('says nothing while no client follows it', () => {
    store.apply({ source: 'pve:a', at: 1, collections: vms(vm('a')) });
    jest.advanceTimersByTime(5_000);

    expect(updates).toEqual([]);
  });

  it('flushes the first change at once and folds later ones into one flush a second', () => {
    feed.start();
    store.apply({ source: 'pve:a', at: 1, collections: vms(vm('a')) });
    jest.advanceTimersByTime(0);
    expect(updates).toHaveLength(1);

    store.apply({ source: 'pve:a', at: 2, collections: vms(vm('a'), vm('b')) });
    store.apply({ source: 'pve:a', at: 3, collections: vms(vm('a'), vm('c')) });
    jest.advanceTimersByTime(999);
    expect(updates).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(updates).toHaveLength(2);
    expect(deltaOf(updates[1])).toMatchObject({
      baseSeq: 1,
      seq: 3,
      changes: { vms: { upserted: [vm('c')], removed: ['b'] } },
    });
  });

  it('builds deltas that bring any state since the last flush to the current one', () => {
    store.apply({ source: 'pve:a', at: 1, collections: vms(vm('a'), vm('b')) });
    feed.start();
    const atFlush = JSON.parse(payloadOf(feed.fullState('initialState')).toString());
    store.apply({ source: 'pve:a', at: 2, collections: vms(vm('a', 1), vm('c')) });
    const joinedLater = JSON.parse(payloadOf(feed.fullState('initialState')).toString());
    store.apply({ source: 'pve:a', at: 3, collections: vms(vm('a', 1), vm('d')) });
    jest.advanceTimersByTime(1_000);

    const delta = deltaOf(updates[0]);
    expect([delta.baseSeq, delta.seq]).toEqual([1, 3]);
    for (const client of [atFlush, joinedLater]) {
      expect(checkDeltaSeq(client.seq, delta)).toBe('apply');
      expect(applyDelta(client.data, delta)).toEqual(store.snapshot());
    }
  });

  it('sends a change of the active alerts, found by poll, without a new seq', () => {
    feed.start();
    const version = feed.fullState('rawData').version as number;
    store.setActiveAlerts([{ id: 'x-cpu' } as StateAlert]);
    feed.poll();
    jest.advanceTimersByTime(0);

    expect(updates).toHaveLength(1);
    expect(updates[0].version).toBeGreaterThan(version);
    expect(deltaOf(updates[0])).toMatchObject({
      seq: 0,
      baseSeq: 0,
      changes: {},
      activeAlerts: [{ id: 'x-cpu' }],
    });
    feed.poll();
    jest.advanceTimersByTime(5_000);
    expect(updates).toHaveLength(1);
  });

  it('serializes the whole state once per version and shares it', () => {
    feed.start();
    const first = feed.fullState('rawData');

    expect(feed.fullState('rawData')).toBe(first);
    store.apply({ source: 'pve:a', at: 1, collections: vms(vm('a')) });
    expect(feed.fullState('rawData')).not.toBe(first);
    expect(feed.fullState('rawData').version).toBeGreaterThan(first.version as number);
  });

  it('gives an empty heartbeat delta at the last flushed seq', () => {
    store.apply({ source: 'pve:a', at: 7, collections: vms(vm('a')) });
    feed.start();
    const beat = JSON.parse(payloadOf(feed.heartbeat()).toString());

    expect(beat).toMatchObject({
      type: 'stateDelta',
      data: { seq: 1, baseSeq: 1, changes: {}, lastUpdate: 7 },
    });
  });
});
