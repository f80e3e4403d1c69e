import type { Storage, StorageBackup, VM } from '@pulse/contracts';
import request from 'supertest';
import { gunzipSync } from 'node:zlib';

import { startTestApp, TestApp } from '../../test/test-app';
import { StateStore } from './state-store.service';

const storage = {
  id: 'main-pve1-local',
  storage: 'local',
  name: 'local',
  node: 'pve1',
  instance: 'main',
  type: 'dir',
  status: 'available',
  total: 100,
  used: 25,
  avail: 75,
  free: 75,
  usage: 25,
  content: 'backup,iso',
  shared: false,
  enabled: true,
  active: true,
} satisfies Storage;

describe('state read API', () => {
  let testApp: TestApp;
  let store: StateStore;
  const api = () => request(testApp.server);

  beforeAll(async () => {
    testApp = await startTestApp();
    store = testApp.app.get(StateStore);
    store.apply({
      source: 'pve:pve-0',
      at: 1_700_000_000_000,
      collections: {
        vms: [{ id: 'main-pve1-100', vmid: 100, name: 'web', cpu: 0.25 } as VM],
        storage: [storage],
        storageBackups: [{ id: 'main-local:backup/vzdump-qemu-100.vma.zst' } as StorageBackup],
      },
      connectionHealth: { main: true },
    });
  });

  afterAll(() => testApp.close());

  it('answers the snapshot with every key, without gzip unless asked', async () => {
    const res = await api().get('/api/state').set('Accept-Encoding', 'identity').expect(200);

    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toEqual(store.snapshot());
    expect(res.body.vms[0].cpu).toBe(0.25);
    expect(res.body.connectionHealth).toEqual({ main: true });
    expect(res.body.lastUpdate).toBe(1_700_000_000_000);
  });

  it('sends the gzip of the same bytes to clients that accept it', async () => {
    const res = await api().get('/api/state').set('Accept-Encoding', 'gzip').expect(200);

    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual(store.snapshot());
    expect(gunzipSync(store.serialized().gzip()).equals(store.serialized().body)).toBe(true);
  });

  it('answers 304 to a client that already has the current version', async () => {
    const first = await api().get('/api/state').expect(200);

    await api().get('/api/state').set('If-None-Match', first.headers['etag']).expect(304);
    store.apply({ source: 'pve:pve-0', at: 1_700_000_010_000, collections: { vms: [] } });
    await api().get('/api/state').set('If-None-Match', first.headers['etag']).expect(200);
  });

  it('finds one storage by id, without the projection-only fields', async () => {
    const res = await api().get('/api/storage/main-pve1-local').expect(200);

    expect(res.body.data).toMatchObject({ id: 'main-pve1-local', name: 'local', usage: 25 });
    expect(res.body.data.storage).toBeUndefined();
    expect(res.body.data.avail).toBeUndefined();
    expect(res.body.timestamp).toBeCloseTo(Date.now() / 1000, -1);
  });

  it('answers 404 with a code for an unknown storage', async () => {
    const res = await api().get('/api/storage/nope').expect(404);

    expect(res.body).toMatchObject({ error: 'Storage not found', code: 'storage_not_found' });
  });

  it('serves the backup views and snapshots', async () => {
    const all = (await api().get('/api/backups').expect(200)).body;

    expect(all.storageBackups).toHaveLength(1);
    expect(all.backups.pve.storageBackups).toEqual(all.storageBackups);
    expect((await api().get('/api/backups/unified').expect(200)).body).toEqual(all);
    expect((await api().get('/api/backups/anything').expect(200)).body).toEqual(all);
    expect((await api().get('/api/backups/pve').expect(200)).body.backups).toHaveLength(1);
    expect((await api().get('/api/backups/pbs').expect(200)).body).toEqual({ instances: [] });
    expect((await api().get('/api/snapshots').expect(200)).body).toEqual({ snapshots: [] });
  });
});
