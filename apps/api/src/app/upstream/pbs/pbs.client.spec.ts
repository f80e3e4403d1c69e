import { FakeUpstream } from '../testing/fake-upstream';
import { dedupFactor } from './pbs.decoders';
import { PbsClient } from './pbs.client';

const GC = {
  upid: 'UPID:pbs:gc',
  'index-file-count': 120,
  'index-data-bytes': 900000000000,
  'disk-bytes': '300000000000',
  'disk-chunks': 150000,
  'removed-bytes': 0,
  'pending-bytes': 0,
};

const FIXTURES: Record<string, unknown> = {
  '/version': { version: '3.3.2', release: '3', repoid: 'abcdef12' },
  '/nodes': [{ node: 'localhost' }],
  '/nodes/localhost/status': {
    cpu: 0.05,
    wait: 0.001,
    uptime: 3600,
    loadavg: [0.1, 0.2, 0.3],
    memory: { total: 8e9, used: 2e9, free: 6e9 },
    root: { total: 5e10, used: 1e10, avail: 4e10 },
  },
  '/admin/datastore': [{ store: 'main', comment: 'primary' }, { store: 'offsite' }],
  '/status/datastore-usage': [
    {
      store: 'main',
      total: 1e12,
      used: 4e11,
      avail: 6e11,
      'estimated-full-date': 1767225600,
      'gc-status': GC,
    },
  ],
  '/admin/datastore/main/status': {
    total: 10995116277760,
    used: 4398046511104,
    avail: 6597069766656,
  },
  '/admin/datastore/offsite/status': {
    'total-space': '100',
    'used-space': '40',
    'avail-space': '60',
  },
  '/admin/datastore/main/gc': GC,
  '/admin/datastore/main/namespace': [{ ns: '' }, { ns: 'prod', comment: 'production' }],
  '/admin/datastore/main/groups': [
    {
      'backup-type': 'vm',
      'backup-id': '100',
      'last-backup': 1735696800,
      'backup-count': 7,
      owner: 'root@pam',
      files: ['index.json.blob', 'drive-scsi0.img.fidx'],
    },
  ],
  '/admin/datastore/main/snapshots': [
    {
      'backup-type': 'vm',
      'backup-id': '100',
      'backup-time': 1735696800,
      size: 3221225472,
      protected: false,
      comment: 'web',
      owner: 'root@pam',
      files: [{ filename: 'index.json.blob', size: 400, 'crypt-mode': 'none' }],
      verification: { state: 'ok', upid: 'UPID:pbs:verify' },
    },
    {
      'backup-type': 'ct',
      'backup-id': '200',
      'backup-time': '1735690000',
      files: ['root.pxar.didx'],
      verification: 'failed',
    },
  ],
  '/nodes/localhost/tasks': [
    {
      upid: 'UPID:pbs:1',
      node: 'pbs',
      worker_type: 'verificationjob',
      worker_id: 'main:v1',
      starttime: 1735696800,
      endtime: 1735697000,
      status: 'OK',
    },
  ],
  '/admin/verify': [
    {
      id: 'v1',
      store: 'main',
      schedule: 'daily',
      'last-run-state': 'OK',
      'last-run-endtime': 1735697000,
      'next-run': 1735783200,
    },
  ],
  '/admin/prune': [{ id: 'p1', store: 'main', disable: true, 'next-run': 1735783200 }],
  '/admin/sync': [
    {
      id: 's1',
      store: 'main',
      remote: 'other',
      'remote-store': 'main',
      'last-run-state': 'error: connection refused',
    },
  ],
  '/admin/gc': [{ store: 'main', schedule: 'daily', 'last-run-state': 'OK' }],
};

describe('PbsClient', () => {
  let server: FakeUpstream;
  let pbs: PbsClient;

  beforeAll(async () => {
    server = await FakeUpstream.start();
    server.handler = (request) =>
      request.path in FIXTURES
        ? { data: FIXTURES[request.path] }
        : { status: 404, statusMessage: 'Not Found' };
    pbs = PbsClient.create({
      host: server.url,
      user: 'root@pam',
      tokenName: 'pulse',
      tokenValue: 'pbs-secret',
    });
  });

  afterAll(async () => {
    await pbs.close();
    await server.close();
  });

  const lastQuery = () => Object.fromEntries(server.requests.at(-1)?.query ?? []);

  it('sends the PBS token header with ":" and the owner taken from the user', async () => {
    expect(await pbs.version()).toEqual({ version: '3.3.2', release: '3', repoid: 'abcdef12' });
    expect(server.requests.at(-1)?.headers.authorization).toBe(
      'PBSAPIToken=root@pam!pulse:pbs-secret',
    );
  });

  it('reads node name and status', async () => {
    expect(await pbs.nodes()).toEqual(['localhost']);
    expect(await pbs.nodeStatus()).toMatchObject({
      cpu: 0.05,
      loadavg: [0.1, 0.2, 0.3],
      root: { avail: 4e10 },
    });
  });

  it('reads datastores, usage and status (with the alternative field names)', async () => {
    expect(await pbs.datastores()).toEqual([
      { store: 'main', comment: 'primary' },
      { store: 'offsite' },
    ]);
    const [usage] = await pbs.datastoreUsage();
    expect(usage).toMatchObject({ store: 'main', estimatedFullDate: 1767225600 });
    expect(dedupFactor(usage.gcStatus)).toBe(3);
    expect(await pbs.datastoreStatus('main')).toEqual({
      total: 10995116277760,
      used: 4398046511104,
      avail: 6597069766656,
    });
    expect(await pbs.datastoreStatus('offsite')).toEqual({ total: 100, used: 40, avail: 60 });
  });

  it('reads garbage collection status and derives deduplication', async () => {
    const gc = await pbs.gcStatus('main');

    expect(gc).toMatchObject({
      indexDataBytes: 900000000000,
      diskBytes: 300000000000,
      diskChunks: 150000,
    });
    expect(dedupFactor(gc)).toBe(3);
    expect(dedupFactor({ indexDataBytes: 5 })).toBeUndefined();
  });

  it('reads namespaces; a PBS without namespaces (404) gives an empty list', async () => {
    expect(await pbs.namespaces('main')).toEqual([
      { ns: '' },
      { ns: 'prod', comment: 'production' },
    ]);
    expect(await pbs.namespaces('offsite')).toEqual([]);
  });

  it('reads groups and snapshots with namespace and group filters', async () => {
    const [group] = await pbs.groups('main', 'prod');
    expect(lastQuery()).toEqual({ ns: 'prod' });
    expect(group).toMatchObject({
      backupType: 'vm',
      backupCount: 7,
      files: ['index.json.blob', 'drive-scsi0.img.fidx'],
    });

    const [vm, ct] = await pbs.snapshots('main', { ns: 'prod', backupType: 'vm', backupId: '100' });
    expect(lastQuery()).toEqual({ ns: 'prod', 'backup-type': 'vm', 'backup-id': '100' });
    expect(vm).toMatchObject({
      backupTime: 1735696800,
      protected: false,
      verification: { state: 'ok' },
    });
    expect(vm.files).toEqual([{ filename: 'index.json.blob', size: 400, cryptMode: 'none' }]);
    expect(ct).toMatchObject({
      backupTime: 1735690000,
      files: [{ filename: 'root.pxar.didx' }],
      verification: { state: 'failed' },
    });
  });

  it('reads tasks and verify, prune, sync and GC jobs', async () => {
    const [task] = await pbs.jobs.tasks({ typefilter: 'verificationjob', limit: 50 });
    expect(lastQuery()).toEqual({ typefilter: 'verificationjob', limit: '50' });
    expect(task).toMatchObject({
      workerType: 'verificationjob',
      workerId: 'main:v1',
      status: 'OK',
    });

    expect(await pbs.jobs.verify('main')).toEqual([
      {
        id: 'v1',
        store: 'main',
        schedule: 'daily',
        lastRunState: 'OK',
        lastRunEndtime: 1735697000,
        nextRun: 1735783200,
      },
    ]);
    expect(lastQuery()).toEqual({ store: 'main' });
    expect((await pbs.jobs.prune())[0]).toMatchObject({ id: 'p1', disabled: true });
    expect((await pbs.jobs.sync())[0]).toMatchObject({ remote: 'other', remoteStore: 'main' });
    expect((await pbs.jobs.gc())[0]).toMatchObject({ id: 'main', lastRunState: 'OK' });
  });

  it('testConnection reports the version and datastores', async () => {
    expect(await pbs.testConnection()).toMatchObject({
      ok: true,
      product: 'pbs',
      version: '3.3.2',
      datastores: ['main', 'offsite'],
    });
  });
});
