import type { Storage } from '@pulse/contracts';

import type { PveClusterResource, PveStorageConfig } from '../../../upstream';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { isCountedStorage, mergeShared, toStorage } from './pve-storage.normalize';

/**
 * Storage from the cluster view plus the cluster storage configuration (`/storage`: enabled,
 * pool names). A node that is offline keeps the storage rows it last reported.
 */
export class PveStorageCollector {
  private readonly rowsByNode = new Map<string, PveClusterResource[]>();
  private configs: PveStorageConfig[] = [];

  /** The last storage configuration read (kept when a read fails). */
  get configuration(): readonly PveStorageConfig[] {
    return this.configs;
  }

  async collect(
    cycle: PveCycle,
    rows: readonly PveClusterResource[],
    online: ReadonlySet<string>,
  ): Promise<Storage[]> {
    await this.readConfig(cycle);
    const byName = new Map(this.configs.map((config) => [config.storage, config]));
    const items = this.effectiveRows(rows, online)
      .map((row) => toStorage(cycle.target.name, row, byName.get(row.storage ?? '')))
      .filter(isCountedStorage);

    return mergeShared(cycle.target.name, items);
  }

  private async readConfig(cycle: PveCycle): Promise<void> {
    try {
      this.configs = await cycle.client.storage.config();
    } catch (error) {
      cycle.warnings.push(warningOf(`Storage configuration of ${cycle.target.name}`, error));
    }
  }

  private effectiveRows(
    rows: readonly PveClusterResource[],
    online: ReadonlySet<string>,
  ): PveClusterResource[] {
    const current = new Map<string, PveClusterResource[]>();
    for (const row of rows) {
      const node = row.node ?? '';
      const nodeRows = current.get(node) ?? [];
      nodeRows.push(row);
      current.set(node, nodeRows);
    }
    const result: PveClusterResource[] = [];
    for (const [node, nodeRows] of current) {
      if (online.has(node)) {
        this.rowsByNode.set(node, nodeRows);
      }
      result.push(...(online.has(node) ? nodeRows : (this.rowsByNode.get(node) ?? nodeRows)));
    }

    return result;
  }
}
