import { Datastore, PbsJob, PbsSnapshot, PbsTask } from './pbs.types';

const FILES: Record<PbsSnapshot['backupType'], string[]> = {
  vm: ['index.json.blob', 'qemu-server.conf.blob', 'drive-scsi0.img.fidx', 'client.log.blob'],
  ct: [
    'index.json.blob',
    'pct.conf.blob',
    'root.pxar.didx',
    'catalog.pcat1.didx',
    'client.log.blob',
  ],
  host: ['index.json.blob', 'root.pxar.didx', 'catalog.pcat1.didx', 'client.log.blob'],
};

/** Archive files of a snapshot; the data archive carries almost all of the size. */
export function snapshotFiles(snap: PbsSnapshot) {
  const crypt = snap.fingerprint ? 'encrypt' : 'none';

  return FILES[snap.backupType].map((filename) => {
    const data = filename.endsWith('idx');
    const size = data
      ? Math.round(snap.size * (filename.startsWith('catalog') ? 0.001 : 0.999))
      : 512;

    return { filename, size, 'crypt-mode': filename === 'index.json.blob' ? 'none' : crypt };
  });
}

export function snapshotItem(snap: PbsSnapshot) {
  return {
    'backup-type': snap.backupType,
    'backup-id': snap.backupId,
    'backup-time': snap.backupTime,
    files: snapshotFiles(snap),
    size: snap.size,
    owner: snap.owner,
    protected: snap.protected,
    ...(snap.comment ? { comment: snap.comment } : {}),
    ...(snap.verification ? { verification: snap.verification } : {}),
    ...(snap.fingerprint ? { fingerprint: snap.fingerprint } : {}),
  };
}

export function groupItems(snapshots: PbsSnapshot[]) {
  const groups = new Map<string, PbsSnapshot[]>();
  for (const snap of snapshots) {
    const key = `${snap.backupType}/${snap.backupId}`;
    groups.set(key, [...(groups.get(key) ?? []), snap]);
  }

  return [...groups.values()].map((members) => {
    const last = members.reduce((a, b) => (b.backupTime > a.backupTime ? b : a));

    return {
      'backup-type': last.backupType,
      'backup-id': last.backupId,
      'last-backup': last.backupTime,
      'backup-count': members.length,
      files: snapshotFiles(last).map((f) => f.filename),
      owner: last.owner,
      ...(last.comment ? { comment: last.comment } : {}),
    };
  });
}

export function taskItem(task: PbsTask) {
  return {
    upid: task.upid,
    node: task.node,
    pid: task.pid,
    pstart: task.pstart,
    starttime: task.starttime,
    worker_type: task.workerType,
    worker_id: task.workerId,
    user: task.user,
    ...(task.endtime !== undefined ? { endtime: task.endtime, status: task.status } : {}),
  };
}

export function jobState(job: PbsJob, now: number) {
  const next = Math.floor(now / 86400) * 86400 + 86400 + 3 * 3600;

  return {
    id: job.id,
    store: job.store,
    schedule: job.schedule,
    ...job.extra,
    'next-run': job.schedule === 'hourly' ? Math.floor(now / 3600) * 3600 + 3900 : next,
    ...(job.lastRun
      ? {
          'last-run-upid': job.lastRun.upid,
          'last-run-state': job.lastRun.status ?? 'running',
          ...(job.lastRun.endtime ? { 'last-run-endtime': job.lastRun.endtime } : {}),
        }
      : {}),
  };
}

export function gcStatus(store: Datastore, indexBytes: number, files: number) {
  const diskBytes = Math.round(indexBytes / store.dedup);

  return {
    ...(store.lastGcUpid ? { upid: store.lastGcUpid } : {}),
    'index-file-count': files,
    'index-data-bytes': indexBytes,
    'disk-bytes': diskBytes,
    'disk-chunks': Math.round(diskBytes / (2.4 * 1024 * 1024)),
    'removed-bytes': store.removedBytes,
    'removed-chunks': Math.round(store.removedBytes / (2.4 * 1024 * 1024)),
    'pending-bytes': store.pendingBytes,
    'pending-chunks': Math.round(store.pendingBytes / (2.4 * 1024 * 1024)),
    'removed-bad': 0,
    'still-bad': 0,
  };
}
