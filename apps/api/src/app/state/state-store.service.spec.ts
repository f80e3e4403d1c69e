import type { Node, VM } from '@pulse/contracts';
import { gunzipSync } from 'node:zlib';

import { PulseConfig } from '../../services/config/pulse-config';
import { StateChange } from './state-collections';
import { StateStore } from './state-store.service';

const config = { polling: { temperatureMonitoring: true } } as PulseConfig;

function vm(id: string, cpu = 0.1): VM {
  return { id, vmid: Number(id.split('-').pop()), name: id, cpu } as VM;
}

describe('StateStore', () => {
  let store: StateStore;
  let changes: StateChange[];

  beforeEach(() => {
    store = new StateStore(config);
    changes = [];
    store.changes$.subscribe((change) => changes.push(change));
  });

  it('starts with every collection present and empty', () => {
    const state = store.snapshot();

    expect(state.nodes).toEqual([]);
    expect(state.backups).toEqual({
      pve: { backupTasks: [], storageBackups: [], guestSnapshots: [] },
      pbs: [],
      pmg: [],
    });
    expect(state.metrics).toEqual({});
    expect(state.temperatureMonitoringEnabled).toBe(true);
  });

  it('reports only the items that changed, and the removed ids', () => {
    store.apply({ source: 'pve:a', at: 1000, collections: { vms: [vm('a-1'), vm('a-2')] } });
    const change = store.apply({
      source: 'pve:a',
      at: 2000,
      collections: { vms: [vm('a-1'), vm('a-3', 0.5)] },
    });

    expect(change?.collections.vms?.upserted.map((item) => item.id)).toEqual(['a-3']);
    expect(change?.collections.vms?.removed).toEqual(['a-2']);
    expect(changes.map((c) => c.seq)).toEqual([1, 2]);
    expect(store.snapshot().lastUpdate).toBe(2000);
  });

  it('emits nothing when a batch changes nothing', () => {
    const batch = { source: 'pve:a', at: 1, collections: { vms: [vm('a-1')] } };
    store.apply(batch);

    expect(store.apply({ ...batch, at: 2 })).toBeUndefined();
    expect(changes).toHaveLength(1);
  });

  it('keeps collections a batch leaves out and keeps sources apart', () => {
    store.apply({ source: 'pve:a', at: 1, collections: { vms: [vm('a-1')], nodes: [] } });
    store.apply({ source: 'pve:b', at: 1, collections: { vms: [vm('b-1')] } });
    store.apply({ source: 'pve:a', at: 2, collections: { nodes: [{ id: 'a-n1' } as Node] } });

    expect(store.snapshot().vms.map((v) => v.id)).toEqual(['a-1', 'b-1']);
    expect(store.snapshot().nodes.map((n) => n.id)).toEqual(['a-n1']);
  });

  it('removes everything of a source that goes away', () => {
    store.apply({
      source: 'pve:a',
      at: 1,
      collections: { vms: [vm('a-1')] },
      connectionHealth: { a: true },
    });
    const change = store.removeSource('pve:a');

    expect(change?.collections.vms?.removed).toEqual(['a-1']);
    expect(store.snapshot().vms).toEqual([]);
    expect(store.snapshot().connectionHealth).toEqual({});
  });

  it('merges connection health of all sources and reports a change of it', () => {
    store.apply({ source: 'pve:a', at: 1, collections: {}, connectionHealth: { a: true } });
    const change = store.apply({
      source: 'pbs:b',
      at: 1,
      collections: {},
      connectionHealth: { 'pbs-b': false },
    });

    expect(change?.connectionHealth).toEqual({ 'pbs-b': false });
    expect(store.snapshot().connectionHealth).toEqual({ a: true, 'pbs-b': false });
  });

  it('serializes once per change and gzips the same bytes', () => {
    store.apply({ source: 'pve:a', at: 1, collections: { vms: [vm('a-1')] } });
    const first = store.serialized();

    expect(store.serialized()).toBe(first);
    expect(JSON.parse(first.body.toString())).toEqual(store.snapshot());
    expect(gunzipSync(first.gzip()).equals(first.body)).toBe(true);

    store.apply({ source: 'pve:a', at: 2, collections: { vms: [vm('a-1', 0.9)] } });
    expect(store.serialized()).not.toBe(first);
    expect(store.serialized().etag).not.toBe(first.etag);
  });
});
