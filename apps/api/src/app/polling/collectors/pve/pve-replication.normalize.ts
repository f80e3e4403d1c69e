import type { ReplicationJob } from '@pulse/contracts';

import type { PveReplicationJob, PveReplicationState } from '../../../upstream';
import { durationHuman } from '../shared/units';

export interface ReplicationGuest {
  name: string;
  type: 'qemu' | 'lxc';
  node: string;
}

export interface ReplicationShapeInput {
  instance: string;
  index: number;
  job: PveReplicationJob;
  /** Run state from `/nodes/{source}/replication`, when that node answered. */
  state?: PveReplicationState;
  guest?: ReplicationGuest;
  now: number;
}

export function toReplicationJob(input: ReplicationShapeInput): ReplicationJob {
  const { job, state, guest } = input;
  const jobId = job.id || jobIdFallback(input);

  return {
    id: `${input.instance}-${jobId}`,
    instance: input.instance,
    jobId,
    ...optional('jobNumber', job.jobnum),
    ...optional('guest', job.guest !== undefined ? String(job.guest) : undefined),
    ...optional('guestId', job.guest),
    ...optional('guestName', guest?.name),
    ...optional('guestType', guest?.type),
    ...optional('guestNode', guest?.node),
    ...optional('sourceNode', job.source ?? state?.source ?? guest?.node),
    ...optional('targetNode', job.target),
    ...optional('schedule', job.schedule),
    ...optional('type', job.type),
    enabled: !(job.disabled ?? false),
    ...runState(state),
    ...optional('comment', job.comment),
    ...optional('removeJob', job.removeJob),
    ...optional('rateLimitMbps', job.rate),
    polledAt: input.now,
  };
}

function jobIdFallback(input: ReplicationShapeInput): string {
  const { job } = input;
  if (job.guest !== undefined && job.jobnum !== undefined) {
    return `${job.guest}-${job.jobnum}`;
  }

  return `job-${input.instance}-${input.index}`;
}

/** Last and next sync and failures, only as far as the node reported them. */
function runState(state: PveReplicationState | undefined): Partial<ReplicationJob> {
  if (!state) {
    return {};
  }
  const failed = (state.failCount ?? 0) > 0 || Boolean(state.error);
  const status = failed ? 'error' : state.lastSync ? 'ok' : 'pending';

  return {
    ...optional('state', state.state ?? status),
    status,
    ...optional('lastSyncStatus', state.lastSync ? status : undefined),
    ...seconds('lastSync', state.lastSync),
    ...optional('lastSyncDurationSeconds', state.duration),
    ...optional('lastSyncDurationHuman', human(state.duration)),
    ...seconds('nextSync', state.nextSync),
    ...optional('durationSeconds', state.duration),
    ...optional('durationHuman', human(state.duration)),
    ...optional('failCount', state.failCount),
    ...optional('error', state.error),
  };
}

function seconds(prefix: 'lastSync' | 'nextSync', value: number | undefined) {
  if (!value) {
    return {};
  }

  return { [`${prefix}Time`]: value * 1000, [`${prefix}Unix`]: value };
}

function human(duration: number | undefined): string | undefined {
  return duration !== undefined ? durationHuman(duration) : undefined;
}

function optional<K extends keyof ReplicationJob>(key: K, value: ReplicationJob[K] | undefined) {
  return value === undefined || value === '' ? {} : { [key]: value };
}
