import { setImmediate as nextTurn } from 'node:timers/promises';

import { PulseConfig } from '../../../services/config/pulse-config';
import { StateStore } from '../../state/state-store.service';
import { HistoryReader } from '../query/history-reader.service';
import { GUEST_KIND, DATASTORE_KIND } from '../metric-kinds';
import { MetricsDatabase } from '../storage/metrics-database.service';
import { MetricsFixture, openMetricsFixture } from '../testing/metrics-fixtures';
import { pbsItem, vmItem } from '../testing/state-fixtures';
import { HistoryRecorder } from './history-recorder.service';
import { MemoryHistory } from './memory-history';

const T0 = 1_700_000_000_000;

describe('HistoryRecorder', () => {
  let fixture: MetricsFixture;
  let store: StateStore;
  let memory: MemoryHistory;
  let recorder: HistoryRecorder;

  const database = () => fixture as unknown as MetricsDatabase;
  const rawCount = (table = 'guest_raw') =>
    fixture.repository.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  const memoryTimes = (kind = GUEST_KIND.name) => {
    const times: [string, number][] = [];
    memory.forEach(kind, 0, 2 ** 32, (sid, time) =>
      times.push([fixture.series.resourceOf(sid) ?? '?', time]),
    );

    return times.sort();
  };

  beforeEach(() => {
    fixture = openMetricsFixture();
    store = new StateStore({ polling: { temperatureMonitoring: true } } as PulseConfig);
    memory = new MemoryHistory(100);
    recorder = new HistoryRecorder(store, database(), memory);
    recorder.onModuleInit();
  });

  afterEach(() => {
    recorder.onModuleDestroy();
    fixture.close();
  });

  it('records every series of a source, also those whose item did not change', () => {
    store.apply({
      source: 'pve:a',
      at: T0,
      collections: { vms: [vmItem('a-1', 0.1), vmItem('a-2', 0.2)] },
    });
    store.apply({
      source: 'pve:a',
      at: T0 + 10_000,
      collections: { vms: [vmItem('a-1', 0.1), vmItem('a-2', 0.3)] },
    });

    expect(memoryTimes()).toEqual([
      ['a-1', T0 / 1000],
      ['a-1', T0 / 1000 + 10],
      ['a-2', T0 / 1000],
      ['a-2', T0 / 1000 + 10],
    ]);
  });

  it('keeps sources apart: a batch of one source records only its own series', () => {
    store.apply({ source: 'pve:a', at: T0, collections: { vms: [vmItem('a-1', 0.1)] } });
    store.apply({ source: 'pve:b', at: T0 + 5_000, collections: { vms: [vmItem('b-1', 0.1)] } });

    expect(memoryTimes()).toEqual([
      ['a-1', T0 / 1000],
      ['b-1', T0 / 1000 + 5],
    ]);
  });

  it('records nothing for changes without metrics (backups polled in between)', () => {
    store.apply({ source: 'pve:a', at: T0, collections: { vms: [vmItem('a-1', 0.1)] } });
    store.apply({
      source: 'pve:a',
      at: T0 + 3_000,
      collections: { backupTasks: [{ id: 'task-1' } as never] },
    });

    expect(memoryTimes()).toEqual([['a-1', T0 / 1000]]);
  });

  it('stops recording a resource once it is removed', () => {
    store.apply({
      source: 'pve:a',
      at: T0,
      collections: { vms: [vmItem('a-1', 0.1), vmItem('a-2', 0.1)] },
    });
    store.apply({ source: 'pve:a', at: T0 + 10_000, collections: { vms: [vmItem('a-1', 0.5)] } });
    store.removeSource('pve:a', T0 + 20_000);
    store.apply({ source: 'pve:b', at: T0 + 30_000, collections: { vms: [vmItem('b-1', 0.1)] } });

    expect(memoryTimes()).toEqual([
      ['a-1', T0 / 1000],
      ['a-1', T0 / 1000 + 10],
      ['a-2', T0 / 1000],
      ['b-1', T0 / 1000 + 30],
    ]);
  });

  it('forgets the last_seen bookkeeping of series gone for two hours', () => {
    const hour = 3_600_000;
    store.apply({
      source: 'pve:a',
      at: T0,
      collections: { vms: [vmItem('a-1', 0.1), vmItem('a-2', 0.1)] },
    });
    recorder.flush();
    expect(recorder.touchedSeries).toBe(2);

    store.apply({ source: 'pve:a', at: T0 + hour, collections: { vms: [vmItem('a-1', 0.2)] } });
    recorder.flush();
    expect(recorder.touchedSeries).toBe(2);

    store.apply({ source: 'pve:a', at: T0 + 3 * hour, collections: { vms: [vmItem('a-1', 0.3)] } });
    recorder.flush();
    expect(recorder.touchedSeries).toBe(1);
  });

  it('records each PBS datastore as its own series and drops one that disappears', () => {
    store.apply({ source: 'pbs:p', at: T0, collections: { pbs: [pbsItem('main', 100)] } });
    const withoutStores = { ...pbsItem('main', 200), datastores: [] };
    store.apply({ source: 'pbs:p', at: T0 + 60_000, collections: { pbs: [withoutStores] } });

    expect(memoryTimes(DATASTORE_KIND.name)).toEqual([['pbs-main-store1', T0 / 1000]]);
  });

  it('writes each batch to metrics.db in one transaction after the emit returns', async () => {
    const guests = Array.from({ length: 50 }, (_, i) => vmItem(`a-${i}`, i / 100));
    store.apply({ source: 'pve:a', at: T0, collections: { vms: guests } });

    expect(rawCount()).toBe(0);
    await nextTurn();
    expect(rawCount()).toBe(50);
  });

  it('lets readers find the same points on disk after a restart', async () => {
    for (let i = 0; i < 20; i++) {
      store.apply({
        source: 'pve:a',
        at: T0 + i * 10_000,
        collections: { vms: [vmItem('a-1', i / 100)] },
      });
    }
    await nextTurn();
    const request = { fromMs: T0 - 1000, toMs: T0 + 200_000, tier: 'raw' as const, points: 500 };
    const live = new HistoryReader(database(), memory).read(GUEST_KIND, request);
    const restarted = new HistoryReader(database(), new MemoryHistory(100)).read(
      GUEST_KIND,
      request,
    );

    expect(live.get('a-1')?.[0]).toHaveLength(20);
    expect(restarted).toEqual(live);
  });

  it('caps the points of a series, mixing disk and memory', async () => {
    memory = new MemoryHistory(10);
    recorder.onModuleDestroy();
    recorder = new HistoryRecorder(store, database(), memory);
    recorder.onModuleInit();
    for (let i = 0; i < 1200; i++) {
      store.apply({
        source: 'pve:a',
        at: T0 + i * 10_000,
        collections: { vms: [vmItem('a-1', (i % 7) / 10)] },
      });
    }
    await nextTurn();
    const reader = new HistoryReader(database(), memory);
    const cpu = reader.read(GUEST_KIND, {
      fromMs: T0,
      toMs: T0 + 12_000_000,
      tier: 'raw',
      points: 100,
    });
    const points = cpu.get('a-1')?.[0] ?? [];

    expect(points.length).toBeLessThanOrEqual(100);
    expect(points.length).toBeGreaterThanOrEqual(99);
    expect(points[points.length - 1].timestamp).toBe(T0 + 1199 * 10_000);
  });

  it('never lets a storage failure reach the state store', async () => {
    store.apply({ source: 'pve:a', at: T0, collections: { vms: [vmItem('a-1', 0.1)] } });
    fixture.repository.db.close();

    expect(() =>
      store.apply({ source: 'pve:a', at: T0 + 10_000, collections: { vms: [vmItem('a-2', 0.1)] } }),
    ).not.toThrow();
    await nextTurn();
    fixture = openMetricsFixture();
  });
});
