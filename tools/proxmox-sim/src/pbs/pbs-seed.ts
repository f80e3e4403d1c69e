import { Prng } from '../core/prng';
import { DAY, GiB, HOUR } from '../core/units';
import { PbsModel } from './pbs-model';
import { Datastore, PbsJob, PbsSnapshot, PbsTask } from './pbs.types';

/** Fills in what PVE backups alone don't: host backups, namespaces, sync copies, job history. */
export function seedPbsHistory(pbs: PbsModel, rng: Prng, days: number): void {
  const now = pbs.now();
  const today = Math.floor(now / DAY) * DAY;
  const primary = pbs.datastores[0];
  for (let day = Math.max(days, 1); day >= 1; day--) {
    const base = today - day * DAY;
    hostBackups(pbs, rng, primary.name, base);
  }
  const offsite = pbs.datastores[1];
  if (offsite) syncCopies(pbs, primary.name, offsite.name);
  pbs.jobs = createJobs(pbs, rng, today);
}

function hostBackups(pbs: PbsModel, rng: Prng, store: string, base: number): void {
  const entries: Array<[string, PbsSnapshot['backupType'], string, number]> = [
    ['prod', 'host', 'fileserver', 40 * GiB],
    ['prod', 'host', 'pbs-config', 0.2 * GiB],
    ['prod/db', 'ct', '5001', 12 * GiB],
  ];
  for (const [ns, backupType, backupId, size] of entries) {
    pbs.addSnapshot({
      store,
      ns,
      backupType,
      backupId,
      backupTime: base + HOUR + rng.int(0, 1800),
      size: Math.round(size * rng.between(0.9, 1.1)),
      comment: backupType === 'host' ? '' : 'postgres',
      owner: 'backup@pbs!host-agent',
      protected: rng.chance(0.1),
      verification: { state: 'ok', upid: '' },
      ...(backupId === 'fileserver'
        ? { fingerprint: 'c4:1f:8a:22:9e:07:6b:d3:aa:15:60:f2:3c:88:01:7e' }
        : {}),
    });
  }
}

function syncCopies(pbs: PbsModel, from: string, to: string): void {
  const copies = pbs.snapshotsOf(from).filter((s, i) => s.ns === '' && i % 2 === 0);
  for (const snap of copies) {
    pbs.addSnapshot({ ...snap, store: to, owner: 'sync@pbs', verification: undefined });
  }
}

function createJobs(pbs: PbsModel, rng: Prng, today: number): PbsJob[] {
  const jobs = pbs.datastores.flatMap((store) => storeJobs(pbs, rng, store, today));
  const offsite = pbs.datastores[1];
  if (offsite) jobs.push(syncJob(pbs, rng, offsite.name));

  return jobs;
}

/** GC, verify and prune jobs of one datastore, each with a week of daily runs. */
function storeJobs(pbs: PbsModel, rng: Prng, store: Datastore, today: number): PbsJob[] {
  const job = (kind: PbsJob['kind'], id: string, lastRun?: PbsTask, extra = {}): PbsJob => ({
    kind,
    id,
    store: store.name,
    schedule: 'daily',
    lastRun,
    extra,
  });
  const gc = daily(pbs, 'garbage_collection', store.name, today + 3 * HOUR, rng.int(60, 900));
  store.lastGcUpid = gc?.upid;
  const verifyId = `v-${rng.hex(4)}-${rng.hex(4)}`;
  const verify = daily(pbs, 'verificationjob', `${store.name}:${verifyId}`, today + 4 * HOUR, 1200);
  for (const snap of pbs.snapshotsOf(store.name)) {
    if (snap.verification && verify) snap.verification.upid = verify.upid;
  }
  const pruneId = `p-${rng.hex(4)}-${rng.hex(4)}`;
  const prune = daily(pbs, 'prunejob', `${store.name}:${pruneId}`, today + HOUR + 1800, 45);

  return [
    job('gc', store.name, gc),
    job('verify', verifyId, verify, { 'ignore-verified': true, 'outdated-after': 30 }),
    job('prune', pruneId, prune, { 'keep-daily': 7, 'keep-weekly': 4, 'keep-monthly': 6 }),
  ];
}

function syncJob(pbs: PbsModel, rng: Prng, store: string): PbsJob {
  const id = 's-offsite';
  let last: PbsTask | undefined;
  const now = pbs.now();
  for (let t = now - 23 * HOUR; t < now; t += HOUR) {
    const start = Math.floor(t / HOUR) * HOUR + 300;
    const failed = rng.chance(0.05);
    last = pbs.addTask({
      workerType: 'syncjob',
      workerId: `local:${pbs.datastore}:${store}:${id}`,
      starttime: start,
      duration: rng.int(20, 400),
      status: failed ? 'sync failed with some errors.' : 'OK',
    });
  }

  return {
    kind: 'sync',
    id,
    store,
    schedule: 'hourly',
    lastRun: last,
    extra: { 'remote-store': pbs.datastore, 'remove-vanished': false, comment: 'offsite copy' },
  };
}

/** One task per day for the last week; returns the newest (possibly today's). */
function daily(pbs: PbsModel, type: string, id: string, todayAt: number, duration: number) {
  const now = pbs.now();
  let last: PbsTask | undefined;
  for (let day = 6; day >= 0; day--) {
    const start = todayAt - day * DAY;
    if (start > now) continue;
    last = pbs.addTask({
      workerType: type,
      workerId: id,
      starttime: start,
      duration: Math.min(duration, Math.max(1, now - start)),
      status:
        type === 'verificationjob' && day === 2
          ? 'verification failed - please check the log for details'
          : 'OK',
    });
  }

  return last;
}
