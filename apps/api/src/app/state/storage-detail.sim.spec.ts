import type { StateSnapshot, StorageDetail } from '@pulse/contracts';
import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';
import { pveToken, rawGet } from '../polling/collectors/testing/raw-upstream';

interface RawZfsPool {
  name: string;
  state?: string;
}

/**
 * `GET /api/storage/:id` against the simulator: a `zfspool` storage carries the ZFS pool read on
 * the slow cycle, also after later cycles that do not read it; `/api/state` never does.
 */
describe('storage detail with ZFS pools against the Proxmox simulator', () => {
  let sim: Simulator;
  let testApp: TestApp;
  let state: StateSnapshot;
  const api = () => request(testApp.server);
  const detail = async (id: string) =>
    (
      await api()
        .get(`/api/storage/${encodeURIComponent(id)}`)
        .expect(200)
    ).body.data as StorageDetail;
  const pve = <T>(path: string) =>
    rawGet<T>(
      sim.pve.url,
      path,
      pveToken(sim.credentials.pve.tokenId, sim.credentials.pve.tokenSecret),
    );
  const zfsStorage = () => state.storage.filter((item) => item.type === 'zfspool');

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', seed: 7, tickMs: 0 });
    // Only the first cycle reads the slow data (and with it the ZFS pools).
    testApp = await startTestApp({
      env: { CONNECTION_TIMEOUT: '5s', PVE_POLLING_INTERVAL: '1s', BACKUP_POLLING_CYCLES: '1000' },
    });
    const { tokenId, tokenSecret } = sim.credentials.pve;
    await api()
      .post('/api/config/nodes')
      .send({
        type: 'pve',
        name: 'lab',
        host: sim.pve.url,
        tokenName: tokenId,
        tokenValue: tokenSecret,
      })
      .expect(201);
    state = await waitFor('the first PVE cycle', async () => {
      const body = (await api().get('/api/state').expect(200)).body as StateSnapshot;

      return body.storage.length ? body : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  it('shows the pool of each zfspool storage as the node reports it', async () => {
    expect(zfsStorage().length).toBeGreaterThan(0);
    for (const item of zfsStorage()) {
      const { zfsPool } = await detail(item.id);
      const listed = await pve<RawZfsPool[]>(`/nodes/${item.node}/disks/zfs`);
      expect(listed.map((pool) => pool.name)).toContain(zfsPool?.name);
      const raw = await pve<RawZfsPool>(`/nodes/${item.node}/disks/zfs/${zfsPool?.name}`);
      expect(zfsPool).toMatchObject({ name: raw.name, state: raw.state });
      expect(zfsPool?.readErrors).toEqual(expect.any(Number));
      expect(Array.isArray(zfsPool?.devices)).toBe(true);
    }
  });

  it('shows the pool in the lists too, and none on other storage or in /api/state', async () => {
    const [zfs] = zfsStorage();
    const node = state.nodes.find((item) => item.node === zfs.node);
    const all = (await api().get('/api/storage').expect(200)).body.data as StorageDetail[];
    const ofNode = (await api().get(`/api/storage/${node?.id}`).expect(200)).body
      .data as StorageDetail[];
    const other = state.storage.find((item) => item.type !== 'zfspool');

    expect(all.find((item) => item.id === zfs.id)?.zfsPool).toBeDefined();
    expect(ofNode.find((item) => item.id === zfs.id)?.zfsPool).toBeDefined();
    expect(other && (await detail(other.id))).not.toHaveProperty('zfsPool');
    const fresh = (await api().get('/api/state').expect(200)).body as StateSnapshot;
    expect(fresh.storage.filter((item) => 'zfsPool' in item)).toEqual([]);
  });

  it('keeps the pool through later cycles that do not read it', async () => {
    const [zfs] = zfsStorage();
    const before = await detail(zfs.id);
    expect(before.zfsPool?.name).toBeTruthy();
    const since = state.lastUpdate;
    // Moving the simulator changes the guests' counters, so a later cycle shows in lastUpdate.
    await waitFor('a later cycle', async () => {
      sim.tick();
      const body = (await api().get('/api/state').expect(200)).body as StateSnapshot;

      return body.lastUpdate > since;
    });

    expect((await detail(zfs.id)).zfsPool).toEqual(before.zfsPool);
  });
});
