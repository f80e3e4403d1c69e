import type { Storage, ZfsPool } from '@pulse/contracts';

import { PulseConfig } from '../../services/config/pulse-config';
import { StateBatch } from './state-collections';
import { StateStore } from './state-store.service';

const config = { polling: { temperatureMonitoring: false } } as PulseConfig;

function storage(id: string): Storage {
  return { id, name: id.split('-').pop(), type: 'zfspool' } as Storage;
}

function pool(name: string, state = 'ONLINE'): ZfsPool {
  const counts = { readErrors: 0, writeErrors: 0, checksumErrors: 0 };

  return { name, state, status: '', scan: 'none requested', ...counts, devices: [] };
}

function batch(source: string, at: number, extra: Partial<StateBatch> = {}): StateBatch {
  const prefix = source.split(':')[1];

  return {
    source,
    at,
    collections: { storage: [storage(`${prefix}-pve1-tank`), storage(`${prefix}-pve1-local`)] },
    ...extra,
  };
}

describe('StateStore ZFS pools', () => {
  let store: StateStore;

  beforeEach(() => (store = new StateStore(config)));

  it('keeps the latest pools of a source through batches that carry none', () => {
    store.apply(batch('pve:a', 1, { zfsPools: { 'a-pve1-tank': pool('tank') } }));
    store.apply(batch('pve:a', 2));

    expect(store.zfsPool('a-pve1-tank')).toEqual(pool('tank'));
    expect(store.zfsPool('a-pve1-local')).toBeUndefined();

    store.apply(batch('pve:a', 3, { zfsPools: { 'a-pve1-tank': pool('tank', 'DEGRADED') } }));
    expect(store.zfsPool('a-pve1-tank')?.state).toBe('DEGRADED');

    store.apply(batch('pve:a', 4, { zfsPools: {} }));
    expect(store.zfsPool('a-pve1-tank')).toBeUndefined();
  });

  it('keeps the pools of each source apart and drops them with their source', () => {
    store.apply(batch('pve:a', 1, { zfsPools: { 'a-pve1-tank': pool('tank') } }));
    store.apply(batch('pve:b', 1, { zfsPools: { 'b-pve1-tank': pool('rpool') } }));
    store.apply(batch('pve:b', 2, { zfsPools: {} }));

    expect(store.zfsPool('a-pve1-tank')?.name).toBe('tank');
    expect(store.zfsPool('b-pve1-tank')).toBeUndefined();

    store.removeSource('pve:a');
    store.apply(batch('pve:a', 3));
    expect(store.zfsPool('a-pve1-tank')).toBeUndefined();
  });

  it('drops the pool of a storage that is gone and ignores pools of unknown storage', () => {
    store.apply(
      batch('pve:a', 1, {
        zfsPools: { 'a-pve1-tank': pool('tank'), 'a-pve9-ghost': pool('ghost') },
      }),
    );
    expect(store.zfsPool('a-pve9-ghost')).toBeUndefined();

    store.apply({ source: 'pve:a', at: 2, collections: { storage: [] } });
    store.apply(batch('pve:a', 3));
    expect(store.zfsPool('a-pve1-tank')).toBeUndefined();
  });

  it('leaves pools out of the snapshot and the change stream', () => {
    const seen: number[] = [];
    store.changes$.subscribe((change) => seen.push(change.seq));
    store.apply(batch('pve:a', 1));
    const before = store.serialized();
    const change = store.apply(batch('pve:a', 2, { zfsPools: { 'a-pve1-tank': pool('tank') } }));

    expect(change).toBeUndefined();
    expect(seen).toEqual([1]);
    expect(store.serialized()).toBe(before);
    expect(JSON.stringify(store.snapshot())).not.toContain('zfsPool');
    expect(store.zfsPool('a-pve1-tank')?.name).toBe('tank');
  });
});
