import type { PbsDatastore } from '@pulse/contracts';

import type { StateCollections } from '../../../state/state-collections';
import { isUpstreamError, type PbsClient, type PbsNodeStatus } from '../../../upstream';
import type {
  CollectContext,
  CollectResult,
  InstanceCollector,
  PollTarget,
} from '../collector.types';
import { warningOf } from '../shared/errors';
import { collectPbsBackups } from './pbs-backups.collector';
import { PbsDatastoresCollector, PbsReadCycle } from './pbs-datastores.collector';
import { PbsJobsCollector } from './pbs-jobs.collector';
import { pbsKey, toPbsInstance } from './pbs.normalize';

/**
 * One Proxmox Backup Server: version, node status, datastores and jobs every cycle; backup
 * snapshots in slow cycles. Only `/version` failing fails the cycle.
 */
export class PbsCollector implements InstanceCollector {
  private readonly datastores = new PbsDatastoresCollector();
  private readonly jobs = new PbsJobsCollector();
  private status?: PbsNodeStatus;
  private stores: PbsDatastore[] = [];

  constructor(
    private readonly target: PollTarget,
    private readonly client: PbsClient,
  ) {}

  async collect(context: CollectContext): Promise<CollectResult> {
    const cycle = this.startCycle(context);
    const { version } = await this.client.version();
    await this.readStatus(cycle);
    await this.readDatastores(cycle);
    const jobs = await this.jobs.collect(cycle, this.target.monitoring, this.datastores);
    const instance = toPbsInstance({
      name: this.target.name,
      host: this.target.host,
      version,
      status: this.status,
      datastores: this.stores,
      jobs,
      now: context.now,
    });

    return {
      collections: { pbs: [instance], ...(await this.backups(cycle)) },
      connectionHealth: { [pbsKey(this.target.name)]: true },
      warnings: cycle.warnings,
    };
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private startCycle(context: CollectContext): PbsReadCycle {
    return {
      client: this.client,
      name: this.target.name,
      includeSlow: context.includeSlow,
      signal: context.signal,
      warnings: [],
    };
  }

  /** API tokens often lack Sys.Audit: a refused node status is no failure of the instance. */
  private async readStatus(cycle: PbsReadCycle): Promise<void> {
    try {
      this.status = await this.client.nodeStatus();
    } catch (error) {
      if (!(isUpstreamError(error) && error.kind === 'permission')) {
        cycle.warnings.push(warningOf(`Node status of ${this.target.name}`, error));
      }
    }
  }

  private async readDatastores(cycle: PbsReadCycle): Promise<void> {
    if (this.target.monitoring.monitorDatastores === false) {
      this.stores = [];

      return;
    }
    try {
      this.stores = await this.datastores.collect(cycle);
    } catch (error) {
      cycle.warnings.push(warningOf(`Datastores of ${this.target.name}`, error));
    }
  }

  private async backups(
    cycle: PbsReadCycle,
  ): Promise<Pick<Partial<StateCollections>, 'pbsBackups'>> {
    if (this.target.monitoring.monitorBackups === false) {
      return { pbsBackups: [] };
    }
    if (!cycle.includeSlow) {
      return {};
    }
    const stores = this.datastores.stores.length ? this.datastores.stores : await this.storeNames();
    const backups = await collectPbsBackups(cycle, this.datastores, stores);

    return backups ? { pbsBackups: backups } : {};
  }

  private async storeNames(): Promise<string[]> {
    const stores = await this.client.datastores().catch(() => []);

    return stores.map((store) => store.store);
  }
}
