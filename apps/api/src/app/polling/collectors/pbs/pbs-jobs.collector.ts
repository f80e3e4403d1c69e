import type { NodeMonitoringFlags, PbsInstance } from '@pulse/contracts';

import type { PbsJobStatus, PbsJobType } from '../../../upstream';
import { warningOf } from '../shared/errors';
import type { PbsDatastoresCollector, PbsReadCycle } from './pbs-datastores.collector';
import {
  backupJobsFromTasks,
  toGarbageJob,
  toPruneJob,
  toSyncJob,
  toVerifyJob,
} from './pbs-jobs.normalize';

export type PbsJobs = Pick<
  PbsInstance,
  'backupJobs' | 'syncJobs' | 'verifyJobs' | 'pruneJobs' | 'garbageJobs'
>;

/** Backup tasks looked at per slow cycle for the backup job list. */
const BACKUP_TASK_LIMIT = 500;

const SWITCHES: Record<PbsJobType, keyof NodeMonitoringFlags> = {
  verify: 'monitorVerifyJobs',
  prune: 'monitorPruneJobs',
  sync: 'monitorSyncJobs',
  gc: 'monitorGarbageJobs',
};

/**
 * Scheduled jobs with their last run (PBS keeps the last run's state with each job), and backup
 * runs from the task log in slow cycles. A list that cannot be read keeps its previous content.
 */
export class PbsJobsCollector {
  private jobs: PbsJobs = {
    backupJobs: [],
    syncJobs: [],
    verifyJobs: [],
    pruneJobs: [],
    garbageJobs: [],
  };

  async collect(
    cycle: PbsReadCycle,
    monitoring: NodeMonitoringFlags,
    datastores: PbsDatastoresCollector,
  ): Promise<PbsJobs> {
    const list = (type: PbsJobType) => this.read(cycle, type, monitoring);
    const [verify, prune, sync, gc] = await Promise.all([
      list('verify'),
      list('prune'),
      list('sync'),
      list('gc'),
    ]);
    const removed = (job: PbsJobStatus) => datastores.removedBytes(job.store ?? job.id);
    this.jobs = {
      backupJobs: await this.backupJobs(cycle, monitoring),
      verifyJobs: verify?.map(toVerifyJob) ?? this.jobs.verifyJobs,
      pruneJobs: prune?.map(toPruneJob) ?? this.jobs.pruneJobs,
      syncJobs: sync?.map(toSyncJob) ?? this.jobs.syncJobs,
      garbageJobs: gc?.map((job) => toGarbageJob(job, removed(job))) ?? this.jobs.garbageJobs,
    };

    return this.jobs;
  }

  private async read(
    cycle: PbsReadCycle,
    type: PbsJobType,
    monitoring: NodeMonitoringFlags,
  ): Promise<PbsJobStatus[] | undefined> {
    if (monitoring[SWITCHES[type]] === false) {
      return [];
    }
    try {
      return await cycle.client.jobs.list(type);
    } catch (error) {
      cycle.warnings.push(warningOf(`${type} jobs of ${cycle.name}`, error));

      return undefined;
    }
  }

  private async backupJobs(cycle: PbsReadCycle, monitoring: NodeMonitoringFlags) {
    if (monitoring.monitorBackups === false) {
      return [];
    }
    if (!cycle.includeSlow) {
      return this.jobs.backupJobs;
    }
    try {
      const tasks = await cycle.client.jobs.tasks({
        typefilter: 'backup',
        limit: BACKUP_TASK_LIMIT,
      });

      return backupJobsFromTasks(tasks);
    } catch (error) {
      cycle.warnings.push(warningOf(`Backup tasks of ${cycle.name}`, error));

      return this.jobs.backupJobs;
    }
  }
}
