import type { PbsDatastore } from '@pulse/contracts';

import type {
  PbsClient,
  PbsDatastoreUsage,
  PbsNamespace as UpstreamNamespace,
} from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { messageOf, warningOf } from '../shared/errors';
import { toDatastore } from './pbs.normalize';

export interface PbsReadCycle {
  client: PbsClient;
  name: string;
  includeSlow: boolean;
  signal: AbortSignal;
  warnings: string[];
}

/**
 * Datastore usage from `/status/datastore-usage` (one call, with the last GC for the dedup
 * factor), falling back to per-store status and GC reads. Namespaces are read in slow cycles.
 */
export class PbsDatastoresCollector {
  private readonly namespaces = new Map<string, UpstreamNamespace[]>();
  private usages: PbsDatastoreUsage[] = [];

  /** The stores of the last read, for the backup listing. */
  get stores(): string[] {
    return this.usages.map((usage) => usage.store);
  }

  namespacesOf(store: string): readonly UpstreamNamespace[] {
    return this.namespaces.get(store) ?? [];
  }

  removedBytes(store: string): number | undefined {
    return this.usages.find((usage) => usage.store === store)?.gcStatus?.removedBytes;
  }

  async collect(cycle: PbsReadCycle): Promise<PbsDatastore[]> {
    this.usages = await this.readUsage(cycle);
    await this.readNamespaces(cycle);

    return this.usages.map((usage) => toDatastore(usage, this.namespaces.get(usage.store)));
  }

  private async readUsage(cycle: PbsReadCycle): Promise<PbsDatastoreUsage[]> {
    try {
      return await cycle.client.datastoreUsage();
    } catch (error) {
      cycle.warnings.push(
        warningOf(`Datastore usage of ${cycle.name} (reading each store)`, error),
      );

      return this.readEachStore(cycle);
    }
  }

  private async readEachStore(cycle: PbsReadCycle): Promise<PbsDatastoreUsage[]> {
    const { client } = cycle;
    const stores = await client.datastores();
    const results = await mapSettled(stores, 3, async ({ store }) => {
      const status = await client.datastoreStatus(store);
      const gcStatus = status.gcStatus ?? (await client.gcStatus(store).catch(() => undefined));

      return { store, ...status, gcStatus };
    });

    return results.map((result, i) =>
      result.status === 'fulfilled'
        ? result.value
        : { store: stores[i].store, error: messageOf(result.reason) },
    );
  }

  private async readNamespaces(cycle: PbsReadCycle): Promise<void> {
    const stores = this.usages
      .map((usage) => usage.store)
      .filter((store) => cycle.includeSlow || !this.namespaces.has(store));
    const results = await mapSettled(stores, 3, (store) => cycle.client.namespaces(store));
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        this.namespaces.set(stores[i], result.value);
      } else {
        cycle.warnings.push(warningOf(`Namespaces of datastore ${stores[i]}`, result.reason));
      }
    });
  }
}
