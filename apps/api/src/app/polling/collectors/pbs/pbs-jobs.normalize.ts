import type {
  PbsBackupJob,
  PbsGarbageJob,
  PbsPruneJob,
  PbsSyncJob,
  PbsVerifyJob,
} from '@pulse/contracts';

import type { PbsJobStatus, PbsTask } from '../../../upstream';
import { isoFromSeconds } from '../shared/units';

interface RunState {
  status: string;
  error?: string;
}

/** `ok`, `running`, `warning` or `error` (with PBS's text), `never` before the first run. */
export function runState(state: string | undefined, started: boolean): RunState {
  if (!state) return { status: started ? 'running' : 'never' };
  if (state === 'OK') return { status: 'ok' };
  if (state.toLowerCase() === 'running') return { status: 'running' };
  if (state.startsWith('WARNINGS')) return { status: 'warning', error: state };

  return { status: 'error', error: state };
}

function base(job: PbsJobStatus) {
  const state = runState(job.lastRunState, Boolean(job.lastRunUpid));

  return {
    id: job.id,
    store: job.store ?? '',
    status: state.status,
    ...(job.nextRun ? { nextRun: isoFromSeconds(job.nextRun) } : {}),
    ...(state.error ? { error: state.error } : {}),
  };
}

export function toVerifyJob(job: PbsJobStatus): PbsVerifyJob {
  return { ...base(job), lastVerify: isoFromSeconds(job.lastRunEndtime) };
}

export function toPruneJob(job: PbsJobStatus): PbsPruneJob {
  return { ...base(job), lastPrune: isoFromSeconds(job.lastRunEndtime) };
}

export function toSyncJob(job: PbsJobStatus): PbsSyncJob {
  return { ...base(job), remote: job.remote ?? '', lastSync: isoFromSeconds(job.lastRunEndtime) };
}

export function toGarbageJob(job: PbsJobStatus, removedBytes?: number): PbsGarbageJob {
  return {
    ...base(job),
    lastGarbage: isoFromSeconds(job.lastRunEndtime),
    ...(removedBytes !== undefined ? { removedBytes } : {}),
  };
}

/**
 * Backup runs as PBS sees them: the newest `backup` task per group (`store:type/id`, optionally
 * behind a namespace), newest first.
 */
export function backupJobsFromTasks(tasks: readonly PbsTask[]): PbsBackupJob[] {
  const newest = new Map<string, PbsTask>();
  for (const task of tasks) {
    const id = task.workerId ?? '';
    if (
      task.workerType === 'backup' &&
      id &&
      (task.starttime ?? 0) > (newest.get(id)?.starttime ?? -1)
    ) {
      newest.set(id, task);
    }
  }

  return [...newest.values()]
    .sort((a, b) => (b.starttime ?? 0) - (a.starttime ?? 0))
    .map(toBackupJob);
}

function toBackupJob(task: PbsTask): PbsBackupJob {
  const id = task.workerId ?? '';
  const [store, group = ''] = splitOnce(id, ':');
  const [type, vmid] = group.split('/').slice(-2);
  const state = runState(task.status, task.endtime === undefined);

  return {
    id,
    store,
    type: type ?? '',
    ...(vmid ? { vmid } : {}),
    lastBackup: isoFromSeconds(task.endtime ?? task.starttime),
    status: state.status,
    ...(state.error ? { error: state.error } : {}),
  };
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);

  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
