import type { ChartsResponse, StorageChartsResponse } from '@pulse/contracts';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { StateStore } from '../state/state-store.service';
import { containerItem, nodeItem, pbsItem, storageItem, vmItem } from './testing/state-fixtures';

const VM = 'pve-node1-100';
const CONTAINER = 'pve-node1-200';
const NODE = 'pve-node1';
const LOCAL = 'pve-node1-local';
const DATASTORE = 'pbs-main-store1';
const QUIET = 'pve2-node1-400';

describe('chart routes with ?id=', () => {
  let testApp: TestApp;
  let store: StateStore;
  const api = () => request(testApp.server);
  const charts = async (query: string): Promise<ChartsResponse> =>
    (await api().get(`/api/charts?${query}`).expect(200)).body;

  beforeAll(async () => {
    testApp = await startTestApp();
    store = testApp.app.get(StateStore);
    const now = Math.floor(Date.now() / 1000) * 1000;
    for (let i = 30; i >= 1; i--) {
      store.apply({
        source: 'pve:pve-0',
        at: now - i * 10_000,
        collections: {
          nodes: [nodeItem(NODE, i / 100), nodeItem('pve-node2', 0.5)],
          vms: [vmItem(VM, i / 100), vmItem('pve-node2-101', 0.3)],
          containers: [containerItem(CONTAINER, i / 200)],
          storage: [storageItem(LOCAL, 100 + i), storageItem('pve-node2-local', 300)],
        },
      });
    }
    // A guest that stopped reporting ten minutes ago.
    for (let i = 20; i >= 10; i--) {
      store.apply({
        source: 'pve:pve-2',
        at: now - i * 60_000,
        collections: { vms: [vmItem(QUIET, i / 100)] },
      });
    }
    store.apply({
      source: 'pbs:pbs-0',
      at: now - 5_000,
      collections: { pbs: [pbsItem('main', 500)] },
    });
  });

  afterAll(() => testApp.close());

  it('answers only the listed resources, with the points of the full answer', async () => {
    const all = await charts('range=1h');
    const some = await charts(`range=1h&id=${VM},${NODE},${LOCAL},${DATASTORE}`);

    expect(some.data).toEqual({ [VM]: all.data[VM] });
    expect(some.nodeData).toEqual({ [NODE]: all.nodeData[NODE] });
    expect(some.storageData).toEqual({
      [LOCAL]: all.storageData[LOCAL],
      [DATASTORE]: all.storageData[DATASTORE],
    });
    expect(some.data[VM].cpu).toHaveLength(30);
    expect(some.stats.oldestDataTimestamp).toBe(all.data[VM].cpu[0].timestamp);
    expect(all.stats.oldestDataTimestamp).toBe(all.data[QUIET].cpu[0].timestamp);
    expect(Object.keys(all.data)).toHaveLength(4);
  });

  it('gives a listed guest that stopped reporting its earlier points', async () => {
    const all = await charts('range=1h');
    const some = await charts(`range=1h&id=${QUIET},${VM}`);

    expect(some.data).toEqual({ [QUIET]: all.data[QUIET], [VM]: all.data[VM] });
    expect(some.data[QUIET].cpu).toHaveLength(11);
  });

  it('takes the ids repeated, trimmed and twice as one list', async () => {
    const listed = await charts(`range=15m&id=${VM},${CONTAINER}`);
    const repeated = await charts(`range=15m&id=${CONTAINER}&id=%20${VM}&id=${VM}`);

    expect(Object.keys(repeated.data).sort()).toEqual([VM, CONTAINER]);
    expect(repeated.data).toEqual(listed.data);
    expect(repeated.nodeData).toEqual({});
  });

  it('gives the oldest timestamp of the listed resources only', async () => {
    const pbs = await charts(`range=1h&id=${DATASTORE}`);

    expect(Object.keys(pbs.storageData)).toEqual([DATASTORE]);
    expect(pbs.stats.oldestDataTimestamp).toBe(pbs.storageData[DATASTORE].disk[0].timestamp);
    expect(pbs.stats.oldestDataTimestamp).toBeGreaterThan(
      (await charts('range=1h')).stats.oldestDataTimestamp,
    );
  });

  it('answers empty maps for unknown ids', async () => {
    const before = Date.now();
    const none = await charts('range=1h&id=pve-node9-999,nothing');

    expect(none).toEqual({
      data: {},
      nodeData: {},
      storageData: {},
      timestamp: none.timestamp,
      stats: { oldestDataTimestamp: none.timestamp },
    });
    expect(none.timestamp).toBeGreaterThanOrEqual(before);
  });

  it('gives a listed resource without history its current value', async () => {
    const now = Date.now();
    store.apply({
      source: 'pve:pve-1',
      at: now - 3 * 3_600_000,
      collections: { vms: [vmItem('pve1-node1-300', 0.42)] },
    });
    const body = await charts('range=1h&id=pve1-node1-300');
    store.removeSource('pve:pve-1');

    expect(Object.keys(body.data)).toEqual(['pve1-node1-300']);
    expect(body.data['pve1-node1-300'].cpu).toEqual([{ timestamp: body.timestamp, value: 42 }]);
  });

  it.each([
    ['an empty id', 'id=', /each id must be 1 to 200 characters/],
    ['an empty entry', `id=${VM},,${NODE}`, /each id must be 1 to 200 characters/],
    ['an id of 201 characters', `id=${'x'.repeat(201)}`, /each id must be 1 to 200 characters/],
    ['101 ids', `id=${Array.from({ length: 101 }, (_, i) => `g${i}`).join(',')}`, /at most 100/],
    ['a control character', 'id=pve%01node', /must not contain control characters/],
    ['a misspelt name', 'ids=pve-node1', /property ids should not exist/],
  ])('rejects %s with 400 and an error body', async (_label, query, message) => {
    const answer = await api().get(`/api/charts?range=1h&${query}`).expect(400);
    const storage = await api().get(`/api/storage-charts?${query}`).expect(400);

    expect(answer.body.error).toMatch(message);
    expect(storage.body.error).toMatch(message);
  });

  it('takes a hundred ids and ids of two hundred characters', async () => {
    const others = Array.from({ length: 98 }, (_, i) => `pve-node9-${i}`);
    const body = await charts(`id=${[...others, 'x'.repeat(200), VM].join(',')}`);

    expect(Object.keys(body.data)).toEqual([VM]);
  });

  it('filters /api/storage-charts the same way', async () => {
    const all: StorageChartsResponse = (await api().get('/api/storage-charts').expect(200)).body;
    const some: StorageChartsResponse = (
      await api().get(`/api/storage-charts?id=${LOCAL},${VM},unknown`).expect(200)
    ).body;

    expect(Object.keys(all)).toHaveLength(3);
    expect(some).toEqual({ [LOCAL]: all[LOCAL] });
  });
});
