import { Simulator, startSimulator } from '@pulse/proxmox-sim';
import { dedupFactor } from './pbs.decoders';
import { PbsClient } from './pbs.client';

describe('PbsClient against the Proxmox simulator', () => {
  let sim: Simulator;
  let pbs: PbsClient;
  let stores: string[];

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      tls: true,
      scenario: { guests: 12 },
      seed: 7,
      tickMs: 0,
    });
    const { tokenId, tokenSecret } = sim.credentials.pbs;
    pbs = PbsClient.create({
      host: sim.pbs.url,
      tokenName: tokenId,
      tokenValue: tokenSecret,
      fingerprint: sim.fingerprints.pbs,
    });
    stores = (await pbs.datastores()).map((store) => store.store);
  });

  afterAll(async () => {
    await pbs?.close();
    await sim?.close();
  });

  it('reads version, node name and node status', async () => {
    const [node] = await pbs.nodes();

    expect((await pbs.version()).version).toMatch(/^\d+\.\d+/);
    expect((await pbs.nodeStatus(node)).memory?.total).toBeGreaterThan(0);
  });

  it('reads datastore usage, status and garbage collection', async () => {
    expect(stores.length).toBeGreaterThan(0);
    const usage = await pbs.datastoreUsage();
    expect(usage.map((entry) => entry.store).sort()).toEqual([...stores].sort());

    for (const store of stores) {
      const status = await pbs.datastoreStatus(store);
      const gc = await pbs.gcStatus(store);
      expect(status.total).toBeGreaterThan(0);
      expect((status.used ?? 0) + (status.avail ?? 0)).toBeLessThanOrEqual(
        (status.total ?? 0) * 1.0001,
      );
      expect(dedupFactor(gc) ?? 1).toBeGreaterThan(0);
    }
  });

  it('walks namespaces, groups and snapshots', async () => {
    let snapshots = 0;
    for (const store of stores) {
      const namespaces = ['', ...(await pbs.namespaces(store)).map((n) => n.ns).filter(Boolean)];
      for (const ns of namespaces) {
        for (const group of await pbs.groups(store, ns)) {
          const list = await pbs.snapshots(store, {
            ns,
            backupType: group.backupType,
            backupId: group.backupId,
          });
          expect(list.every((s) => s.backupId === group.backupId && s.backupTime > 0)).toBe(true);
          snapshots += list.length;
        }
      }
    }

    expect(snapshots).toBeGreaterThan(0);
  });

  it('reads tasks and verify, prune, sync and GC jobs', async () => {
    const tasks = await pbs.jobs.tasks({ limit: 50 });
    const lists = await Promise.all([
      pbs.jobs.verify(),
      pbs.jobs.prune(),
      pbs.jobs.sync(),
      pbs.jobs.gc(),
    ]);

    expect(tasks.every((task) => task.upid.startsWith('UPID:'))).toBe(true);
    expect(lists.flat().every((job) => job.id.length > 0)).toBe(true);
    expect(lists[3].length).toBe(stores.length);
  });

  it('testConnection lists the datastores; password login works too', async () => {
    const { user, password } = sim.credentials.pbs;
    const withPassword = PbsClient.create({ host: sim.pbs.url, user, password });
    try {
      expect(await pbs.testConnection()).toMatchObject({ ok: true, datastores: stores });
      expect((await withPassword.testConnection()).ok).toBe(true);
    } finally {
      await withPassword.close();
    }
  });
});
