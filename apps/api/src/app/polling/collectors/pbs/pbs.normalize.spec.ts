import { decodeList, decodeObject } from '../../../upstream/decode/shape';
import {
  datastoreUsageShape,
  jobStatusShape,
  nodeStatusShape,
  snapshotShape,
  taskShape,
} from '../../../upstream/pbs/pbs.decoders';
import { toPbsBackup } from './pbs-backups.normalize';
import { backupJobsFromTasks, runState, toGarbageJob, toSyncJob } from './pbs-jobs.normalize';
import { namespaceTree, toDatastore, toPbsInstance } from './pbs.normalize';

const TiB = 1024 ** 4;

describe('PBS normalizers', () => {
  it('computes datastore usage and the dedup factor from the last garbage collection', () => {
    const [usage] = decodeList(
      [
        {
          store: 'backup-store',
          total: 10 * TiB,
          used: String(4 * TiB),
          avail: 6 * TiB,
          'gc-status': { 'index-data-bytes': 900, 'disk-bytes': 300 },
        },
      ],
      datastoreUsageShape,
    );
    const store = toDatastore(usage, [{ ns: 'dev' }, { ns: 'dev/team' }]);

    expect(store).toEqual({
      name: 'backup-store',
      total: 10 * TiB,
      used: 4 * TiB,
      free: 6 * TiB,
      usage: 40,
      status: 'available',
      namespaces: [
        { path: '', depth: 0 },
        { path: 'dev', depth: 1 },
        { path: 'dev/team', parent: 'dev', depth: 2 },
      ],
      deduplicationFactor: 3,
    });
  });

  it('derives the total from used plus available and reports an unreadable store', () => {
    const [usage, broken] = decodeList(
      [
        { store: 'a', used: 100, avail: 300 },
        { store: 'b', error: 'ENOENT' },
      ],
      datastoreUsageShape,
    );

    expect(toDatastore(usage)).toMatchObject({ total: 400, usage: 25 });
    expect(toDatastore(broken)).toMatchObject({ status: 'error', error: 'ENOENT', usage: 0 });
  });

  it('shows the instance CPU (a fraction on the wire) and memory in percent', () => {
    const status = decodeObject(
      {
        cpu: '0.125',
        memory: { total: 1000, used: 250, free: 750 },
        uptime: 3600,
        loadavg: [0.1, 0.2, 0.3],
      },
      nodeStatusShape,
    );
    const instance = toPbsInstance({
      name: 'vault',
      host: 'https://pbs:8007',
      version: '3.4.1',
      status,
      datastores: [],
      jobs: { backupJobs: [], syncJobs: [], verifyJobs: [], pruneJobs: [], garbageJobs: [] },
      now: Date.UTC(2025, 0, 1),
    });

    expect(instance).toMatchObject({
      id: 'pbs-vault',
      cpu: 12.5,
      memory: 25,
      memoryUsed: 250,
      memoryTotal: 1000,
      uptime: 3600,
      lastSeen: '2025-01-01T00:00:00Z',
    });
  });

  it('keeps real booleans, verification states and file names of a snapshot', () => {
    const [snapshot] = decodeList(
      [
        {
          'backup-type': 'vm',
          'backup-id': '100',
          'backup-time': 1735696800,
          size: 3221225472,
          protected: false,
          files: [{ filename: 'index.json.blob' }, 'drive-scsi0.img.fidx'],
          verification: { state: 'failed' },
          owner: 'root@pam',
        },
      ],
      snapshotShape,
    );
    const backup = toPbsBackup({ instance: 'vault', datastore: 'store', namespace: '' }, snapshot);

    expect(backup).toEqual({
      id: 'pbs-vault-store--vm-100-1735696800',
      instance: 'vault',
      datastore: 'store',
      namespace: '',
      backupType: 'vm',
      vmid: '100',
      backupTime: '2025-01-01T02:00:00Z',
      size: 3221225472,
      protected: false,
      verified: false,
      files: ['index.json.blob', 'drive-scsi0.img.fidx'],
      owner: 'root@pam',
    });
  });

  it.each([
    [undefined, false, 'never'],
    [undefined, true, 'running'],
    ['OK', true, 'ok'],
    ['WARNINGS: 2', true, 'warning'],
    ['sync failed', true, 'error'],
  ])('reads the last run state %p (started %p) as %p', (state, started, status) => {
    expect(runState(state, started).status).toBe(status);
  });

  it('shapes jobs with their last run and the next one', () => {
    const [sync, gc] = decodeList(
      [
        {
          id: 's-offsite',
          store: 'offsite',
          remote: 'main',
          'last-run-upid': 'UPID:1',
          'last-run-state': 'sync failed',
          'last-run-endtime': 1735696800,
          'next-run': 1735700400,
        },
        { store: 'backup-store' },
      ],
      jobStatusShape,
    );

    expect(toSyncJob(sync)).toEqual({
      id: 's-offsite',
      store: 'offsite',
      remote: 'main',
      status: 'error',
      error: 'sync failed',
      lastSync: '2025-01-01T02:00:00Z',
      nextRun: '2025-01-01T03:00:00Z',
    });
    expect(toGarbageJob(gc, 42)).toEqual({
      id: 'backup-store',
      store: 'backup-store',
      status: 'never',
      lastGarbage: '0001-01-01T00:00:00Z',
      removedBytes: 42,
    });
  });

  it('lists the newest backup task per group', () => {
    const tasks = decodeList(
      [
        {
          upid: 'a',
          worker_type: 'backup',
          worker_id: 'store:vm/100',
          starttime: 100,
          endtime: 110,
          status: 'OK',
        },
        { upid: 'b', worker_type: 'backup', worker_id: 'store:vm/100', starttime: 200 },
        { upid: 'c', worker_type: 'garbage_collection', worker_id: 'store', starttime: 300 },
      ],
      taskShape,
    );

    expect(backupJobsFromTasks(tasks)).toEqual([
      {
        id: 'store:vm/100',
        store: 'store',
        type: 'vm',
        vmid: '100',
        lastBackup: '1970-01-01T00:03:20Z',
        status: 'running',
      },
    ]);
  });

  it('always lists the root namespace first', () => {
    expect(namespaceTree([]).map((ns) => ns.path)).toEqual(['']);
  });
});
