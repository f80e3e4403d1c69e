import { startSimulator } from '../simulator';
import { Simulator } from '../simulator.types';
import { pbs, pve } from '../testing/api-client';

type Row = Record<string, unknown>;
type ListBody = { data: Row[] };
type ObjectBody = { data: Row };

describe('PBS API', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0 });
  });

  afterAll(() => sim.close());

  it('reports version, datastores and datastore usage in bytes', async () => {
    const version = await pbs<ObjectBody>(sim, '/version');
    const stores = await pbs<ListBody>(sim, '/admin/datastore');
    const status = await pbs<ObjectBody>(sim, '/admin/datastore/backup-store/status');

    expect(version.body.data).toEqual(
      expect.objectContaining({ version: expect.any(String), release: expect.any(String) }),
    );
    expect(stores.body.data.map((s) => s['store'])).toEqual(['backup-store', 'offsite']);
    const { total, used, avail } = status.body.data as Record<string, number>;
    expect(total).toBe(used + avail);
    expect(used).toBeGreaterThan(0);
  });

  it('serves node status to tokens and hides it where Sys.Audit is missing', async () => {
    const ok = await pbs<ObjectBody>(sim, '/nodes/localhost/status');
    sim.faults.denyPrivilege('pbs', '/nodes/localhost/status');
    const denied = await pbs<Row>(sim, '/nodes/localhost/status');
    sim.faults.reset();

    expect(ok.body.data['memory']).toEqual(
      expect.objectContaining({ total: expect.any(Number), used: expect.any(Number) }),
    );
    expect((ok.body.data['boot-info'] as Row)['secureboot']).toBe(false);
    expect(denied.status).toBe(403);
  });

  it('gives GC numbers from which dedup can be derived', async () => {
    const res = await pbs<ObjectBody>(sim, '/admin/datastore/backup-store/gc');
    const gc = res.body.data as Record<string, number>;

    expect(gc['index-data-bytes'] / gc['disk-bytes']).toBeGreaterThan(1);
    expect(res.body.data['upid']).toMatch(/^UPID:pbs-sim:/);
  });

  it('lists namespaces, groups and snapshots with real booleans', async () => {
    const namespaces = await pbs<ListBody>(sim, '/admin/datastore/backup-store/namespace');
    const groups = await pbs<ListBody>(sim, '/admin/datastore/backup-store/groups?ns=');
    const group = groups.body.data[0];
    const query = `ns=&backup-type=${group['backup-type']}&backup-id=${group['backup-id']}`;
    const snaps = await pbs<ListBody>(sim, `/admin/datastore/backup-store/snapshots?${query}`);
    const prod = await pbs<ListBody>(sim, '/admin/datastore/backup-store/groups?ns=prod');

    expect(namespaces.body.data.map((n) => n['ns'])).toEqual(['', 'prod', 'prod/db']);
    expect(snaps.body.data).toHaveLength(group['backup-count'] as number);
    expect(typeof snaps.body.data[0]['protected']).toBe('boolean');
    expect(snaps.body.data[0]['files']).toEqual(expect.any(Array));
    expect(prod.body.data.some((g) => g['backup-type'] === 'host')).toBe(true);
  });

  it('mirrors the same snapshots in the PVE storage of type pbs', async () => {
    const snaps = await pbs<ListBody>(sim, '/admin/datastore/backup-store/snapshots?ns=');
    const guestSnaps = snaps.body.data.filter((s) => s['backup-type'] !== 'host');
    const content = await pve<ListBody>(sim, '/nodes/pve1/storage/pbs-main/content');

    expect(content.body.data).toHaveLength(guestSnaps.length);
  });

  it('has verify, prune, sync and GC jobs with their last runs in the task list', async () => {
    const verify = await pbs<ListBody>(sim, '/admin/verify');
    const prune = await pbs<ListBody>(sim, '/admin/prune');
    const sync = await pbs<ListBody>(sim, '/admin/sync');
    const gc = await pbs<ListBody>(sim, '/admin/gc');
    const tasks = await pbs<{ data: Row[]; total: number }>(
      sim,
      '/nodes/localhost/tasks?limit=500',
    );
    const upids = new Set(tasks.body.data.map((t) => t['upid']));

    for (const job of [...verify.body.data, ...prune.body.data, ...sync.body.data]) {
      expect(upids.has(job['last-run-upid'])).toBe(true);
    }
    expect(gc.body.data).toHaveLength(2);
    const types = new Set(tasks.body.data.map((t) => t['worker_type']));
    for (const type of ['backup', 'garbage_collection', 'verificationjob', 'prunejob', 'syncjob']) {
      expect(types.has(type)).toBe(true);
    }
  });

  it('turns the pbs storage on PVE inactive while PBS is offline', async () => {
    sim.faults.nodeOffline('pbs');
    const version = await pbs(sim, '/version');
    const storage = await pve<ListBody>(sim, '/nodes/pve1/storage?storage=pbs-main');
    sim.faults.reset();

    expect(version.status).toBe(595);
    expect(storage.body.data[0]).toMatchObject({ storage: 'pbs-main', active: 0 });
  });
});
