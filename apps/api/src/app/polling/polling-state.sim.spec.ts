import type { StateSnapshot } from '@pulse/contracts';
import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';
import { pbsToken, pveToken, rawGet } from './collectors/testing/raw-upstream';
import { checkInventory } from './collectors/testing/inventory-check';
import {
  STATE,
  STORAGE_BACKUP,
  GUEST_SNAPSHOT,
  PBS_INSTANCE,
} from './collectors/testing/state-inventory';
import { arr, obj } from './collectors/testing/inventory-schema';

/**
 * The whole polling path against the simulator: a PVE cluster (token), a PBS (token) and a PMG
 * (password) added through the API fill every collection of `/api/state` in their first cycle,
 * with the field names, kinds and units of the inventory.
 */
describe('polling into /api/state against the Proxmox simulator', () => {
  let sim: Simulator;
  let testApp: TestApp;
  let first: StateSnapshot;
  const api = () => request(testApp.server);
  const state = async () => (await api().get('/api/state').expect(200)).body as StateSnapshot;

  beforeAll(async () => {
    // Seed 46 of the default scenario has replication jobs with a comment, a rate limit and a
    // failure, and a failed vzdump task, so those optional fields are exercised too. The clock
    // stands still (tickMs 0) until the last test, so derived values can be compared exactly.
    sim = await startSimulator({ host: '127.0.0.1', seed: 46, tickMs: 0 });
    testApp = await startTestApp({
      env: {
        CONNECTION_TIMEOUT: '5s',
        PVE_POLLING_INTERVAL: '1s',
        PBS_POLLING_INTERVAL: '1s',
        PMG_POLLING_INTERVAL: '1s',
      },
    });
    await addInstances();
    first = await waitFor('the first cycle of all three instances', async () => {
      const body = await state();

      return body.nodes.length && body.pbs.length && body.pmg.length ? body : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  async function addInstances(): Promise<void> {
    const { pve, pbs, pmg } = sim.credentials;
    const instances = [
      {
        type: 'pve',
        name: 'lab',
        host: sim.pve.url,
        tokenName: pve.tokenId,
        tokenValue: pve.tokenSecret,
      },
      {
        type: 'pbs',
        name: 'vault',
        host: sim.pbs.url,
        tokenName: pbs.tokenId,
        tokenValue: pbs.tokenSecret,
      },
      { type: 'pmg', name: 'mail', host: sim.pmg.url, user: pmg.user, password: pmg.password },
    ];
    for (const instance of instances) {
      await api().post('/api/config/nodes').send(instance).expect(201);
    }
  }

  it('fills every documented field of every collection in the first cycle', () => {
    const { errors, unfilled } = checkInventory(first, STATE);

    expect({ errors, unfilled }).toEqual({ errors: [], unfilled: [] });
  });

  it('lists every simulated node, guest and connection', () => {
    const { nodes, guests } = sim.inventory();
    const templates = guests.filter((guest) => guest.template).length;

    expect(first.nodes.map((node) => node.node).sort()).toEqual(nodes.map((n) => n.name).sort());
    expect(first.vms.length + first.containers.length).toBe(guests.length);
    expect([...first.vms, ...first.containers].filter((g) => g.template)).toHaveLength(templates);
    expect(first.connectionHealth).toEqual({ lab: true, 'pbs-vault': true, 'pmg-mail': true });
  });

  it('lists shared storage once, with the nodes that see it', () => {
    const shared = first.storage.filter((item) => item.shared);

    expect(shared.length).toBeGreaterThan(0);
    for (const item of shared) {
      expect(item.node).toBe('cluster');
      expect(item.nodeCount).toBe(item.nodes?.length);
      expect(first.storage.filter((other) => other.name === item.name)).toHaveLength(1);
    }
  });

  describe('derived values (upstream-api.md §4)', () => {
    const pve = <T>(path: string) =>
      rawGet<T>(
        sim.pve.url,
        path,
        pveToken(sim.credentials.pve.tokenId, sim.credentials.pve.tokenSecret),
      );
    const pbs = <T>(path: string) =>
      rawGet<T>(
        sim.pbs.url,
        path,
        pbsToken(sim.credentials.pbs.tokenId, sim.credentials.pbs.tokenSecret),
      );

    it('takes VM memory from status/current: balloon target and reported free memory', async () => {
      const running = first.vms.filter((vm) => vm.status === 'running');
      let checked = 0;
      for (const vm of running) {
        const status = await pve<Record<string, number>>(
          `/nodes/${vm.node}/qemu/${vm.vmid}/status/current`,
        );
        if (!(status['freemem'] > 0)) continue;
        const now = (await state()).vms.find((item) => item.id === vm.id);
        const total =
          status['balloon'] > 0 && status['balloon'] < status['maxmem']
            ? status['balloon']
            : status['maxmem'];
        expect(now?.memory).toMatchObject({
          total,
          used: total - status['freemem'],
          balloon: status['balloon'],
        });
        expect(now?.memory?.usage).toBeCloseTo(((total - status['freemem']) / total) * 100, 6);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(0);
    });

    it('sums the file systems the guest agent reports into the VM disk', async () => {
      const withAgent = first.vms.filter((vm) => vm.disks?.length);
      expect(withAgent.length).toBeGreaterThan(0);
      for (const vm of withAgent) {
        const disks = vm.disks ?? [];
        expect(vm.disk?.total).toBe(disks.reduce((sum, disk) => sum + disk.total, 0));
        expect(vm.disk?.used).toBe(disks.reduce((sum, disk) => sum + disk.used, 0));
        expect(disks.every((disk) => !disk.mountpoint?.startsWith('/boot/efi'))).toBe(true);
      }
      const unknown = first.vms.filter((vm) => vm.status === 'running' && !vm.disks?.length);
      for (const vm of unknown) {
        expect(vm.disk?.usage).toBe(-1);
        expect(vm.diskStatusReason).toBeTruthy();
      }
    });

    it('reads node CPU as a fraction and Ceph totals from pgmap', async () => {
      const resources =
        await pve<{ type: string; node?: string; cpu?: number }[]>('/cluster/resources');
      const ceph = await pve<{ pgmap: Record<string, number>; osdmap: Record<string, number> }>(
        '/cluster/ceph/status',
      );
      const now = await state();
      for (const node of now.nodes) {
        const row = resources.find((item) => item.type === 'node' && item.node === node.node);
        expect(node.cpu).toBeCloseTo(row?.cpu ?? -1, 6);
      }
      const [cluster] = now.cephClusters;
      expect(cluster).toMatchObject({
        totalBytes: ceph.pgmap['bytes_total'],
        usedBytes: ceph.pgmap['bytes_used'],
        numOsds: ceph.osdmap['num_osds'],
        numPGs: ceph.pgmap['num_pgs'],
      });
      expect(cluster.usagePercent).toBeCloseTo(
        (ceph.pgmap['bytes_used'] / ceph.pgmap['bytes_total']) * 100,
        6,
      );
    });

    it('reads disk temperatures from SMART and wear as life left', async () => {
      const listed = await pve<{ devpath: string; wearout: unknown }[]>('/nodes/pve1/disks/list');

      expect(first.physicalDisks.length).toBeGreaterThan(0);
      expect(first.physicalDisks.filter((disk) => !(disk.temperature > 0))).toEqual([]);
      for (const disk of first.physicalDisks.filter((item) => item.node === 'pve1')) {
        const raw = listed.find((item) => item.devpath === disk.devPath)?.wearout;
        expect(disk.wearout).toBe(typeof raw === 'number' ? raw : -1);
      }
    });

    it('shows PBS CPU and memory in percent and datastore usage from its status', async () => {
      const status = await pbs<{ cpu: number; memory: { used: number; total: number } }>(
        '/nodes/localhost/status',
      );
      const [instance] = (await state()).pbs;

      expect(instance.cpu).toBeCloseTo(status.cpu * 100, 6);
      expect(instance.memory).toBeCloseTo((status.memory.used / status.memory.total) * 100, 6);
      for (const store of instance.datastores) {
        expect(store.usage).toBeCloseTo((store.used / store.total) * 100, 6);
      }
    });

    it('keeps PMG mail counts as 24 hourly buckets and the processing time in ms', () => {
      const [mail] = first.pmg;
      const buckets = mail.mailCount ?? [];

      expect(buckets.length).toBeGreaterThanOrEqual(24);
      for (const bucket of buckets) {
        expect(bucket.timeframe).toBe('hour');
        expect(Date.parse(bucket.windowEnd ?? '') - Date.parse(bucket.windowStart ?? '')).toBe(
          3_600_000,
        );
      }
      expect(mail.mailStats?.averageProcessTimeMs).toBeGreaterThan(1);
    });
  });

  describe('storage, backups and snapshots endpoints', () => {
    it('answers one storage by id without `storage` and `avail`', async () => {
      const item = first.storage[0];
      const res = await api()
        .get(`/api/storage/${encodeURIComponent(item.id)}`)
        .expect(200);

      expect(res.body.data).toMatchObject({ id: item.id, name: item.name, type: item.type });
      expect(res.body.data).not.toHaveProperty('storage');
      expect(res.body.data).not.toHaveProperty('avail');
      expect(Math.abs(res.body.timestamp - Date.now() / 1000)).toBeLessThan(60);
    });

    it("lists every storage on /api/storage and a node's storage by node id", async () => {
      const all = (await api().get('/api/storage').expect(200)).body;
      const node = first.nodes[0];
      const ofNode = (await api().get(`/api/storage/${node.id}`).expect(200)).body;

      expect(all.data.map((item: { id: string }) => item.id).sort()).toEqual(
        first.storage.map((item) => item.id).sort(),
      );
      expect(all.data.every((item: object) => !('avail' in item) && !('storage' in item))).toBe(
        true,
      );
      const expected = first.storage.filter((item) => (item.nodes ?? []).includes(node.node));
      expect(ofNode.data.map((item: { id: string }) => item.id).sort()).toEqual(
        expected.map((item) => item.id).sort(),
      );
      expect(ofNode.data.some((item: { shared: boolean }) => item.shared)).toBe(true);
    });

    it('answers 404 with an error body for an unknown storage', async () => {
      const res = await api().get('/api/storage/no-such-storage').expect(404);

      expect(typeof res.body.error).toBe('string');
    });

    it('answers the backup aggregate on /api/backups, /unified and any other view', async () => {
      const bodies = await Promise.all(
        ['/api/backups', '/api/backups/unified', '/api/backups/anything'].map(
          async (path) => (await api().get(path).expect(200)).body,
        ),
      );
      for (const body of bodies) {
        expect(Object.keys(body).sort()).toEqual(
          [
            'backupTasks',
            'backups',
            'guestSnapshots',
            'pbsBackups',
            'pmgBackups',
            'pveBackups',
            'storageBackups',
          ].sort(),
        );
        expect(body.storageBackups.length).toBeGreaterThan(0);
        expect(body.pbsBackups.length).toBeGreaterThan(0);
        expect(body.backups.pve.storageBackups).toEqual(body.storageBackups);
      }
    });

    it('answers PVE backups, PBS instances and snapshots', async () => {
      const pve = (await api().get('/api/backups/pve').expect(200)).body;
      const pbs = (await api().get('/api/backups/pbs').expect(200)).body;
      const snapshots = (await api().get('/api/snapshots').expect(200)).body;

      const checks = [
        checkInventory(pve, { backups: arr(STORAGE_BACKUP) }),
        checkInventory(pbs, { instances: arr(obj(PBS_INSTANCE)) }),
        checkInventory(snapshots, { snapshots: arr(GUEST_SNAPSHOT) }),
      ];
      expect({
        errors: checks.flatMap((check) => check.errors),
        unfilled: checks.flatMap((check) => check.unfilled),
      }).toEqual({ errors: [], unfilled: [] });
    });
  });

  // Last: it moves the simulator, which the comparisons above rely on staying still.
  it('turns I/O counters into rates once the counters have moved', async () => {
    const moving = await waitFor('a running guest with I/O rates', async () => {
      sim.tick();
      const body = await state();
      const guests = [...body.vms, ...body.containers];

      return guests.some((guest) => guest.networkIn > 0 || guest.diskWrite > 0) ? body : undefined;
    });
    const report = checkInventory(moving, STATE);

    expect(report.errors).toEqual([]);
    for (const guest of [...moving.vms, ...moving.containers]) {
      if (guest.status !== 'running') {
        expect([guest.networkIn, guest.networkOut, guest.diskRead, guest.diskWrite]).toEqual([
          0, 0, 0, 0,
        ]);
      }
    }
  });
});
