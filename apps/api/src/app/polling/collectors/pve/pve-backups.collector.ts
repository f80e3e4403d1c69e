import type { BackupTask, Storage, StorageBackup } from '@pulse/contracts';

import type { PveClusterResource, PveStorageContent } from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { BackupStorageRef, toBackupTask, toStorageBackup } from './pve-backups.normalize';

/** vzdump tasks per node and call; PVE's default window is 50 tasks of any type. */
const TASK_LIMIT = 200;

interface ContentRead {
  storage: BackupStorageRef;
  items: PveStorageContent[];
}

/**
 * Backup volumes on every active storage with `backup` content: shared storage is read once
 * through one node that sees it, local storage per node. `undefined` when every read failed, so
 * the previous list stays.
 */
export async function collectStorageBackups(
  cycle: PveCycle,
  storage: readonly Storage[],
  guests: readonly PveClusterResource[],
  online: ReadonlySet<string>,
): Promise<StorageBackup[] | undefined> {
  const refs = backupStorages(storage, online);
  if (!refs.length) {
    return [];
  }
  const results = await mapSettled(
    refs,
    cycle.options.nodeConcurrency,
    (ref) => readContent(cycle, ref),
    cycle.signal,
  );
  const reads = fulfilled(cycle, results, (i) => `Backups on ${refs[i].name} (${refs[i].node})`);
  if (!reads.length) {
    return undefined;
  }
  const nodeOf = new Map(guests.map((guest) => [guest.vmid ?? 0, guest.node]));

  return reads.flatMap(({ storage: ref, items }) =>
    items.map((item) => toStorageBackup(cycle.target.name, ref, item, nodeOf.get(item.vmid ?? 0))),
  );
}

function backupStorages(storage: readonly Storage[], online: ReadonlySet<string>) {
  const refs: BackupStorageRef[] = [];
  for (const item of storage) {
    if (!item.active || !item.content.split(',').includes('backup')) {
      continue;
    }
    const node = (item.nodes ?? [item.node]).find((candidate) => online.has(candidate));
    if (node) {
      refs.push({ name: item.name, type: item.type, node });
    }
  }

  return refs;
}

async function readContent(cycle: PveCycle, ref: BackupStorageRef): Promise<ContentRead> {
  const items = await cycle.client.storage.content(ref.node, ref.name, { content: 'backup' });

  return { storage: ref, items: items.filter((item) => (item.content ?? 'backup') === 'backup') };
}

/** vzdump tasks of every online node (asked for by type, so older ones are not crowded out). */
export async function collectBackupTasks(
  cycle: PveCycle,
  online: readonly string[],
): Promise<BackupTask[] | undefined> {
  if (!online.length) {
    return undefined;
  }
  const results = await mapSettled(
    online,
    cycle.options.nodeConcurrency,
    async (node) => ({
      node,
      tasks: await cycle.client.nodes.tasks(node, { typefilter: 'vzdump', limit: TASK_LIMIT }),
    }),
    cycle.signal,
  );
  const lists = fulfilled(cycle, results, (i) => `Backup tasks of node ${online[i]}`);
  if (!lists.length) {
    return undefined;
  }

  return lists.flatMap(({ node, tasks }) =>
    tasks
      .filter((task) => (task.type ?? 'vzdump') === 'vzdump')
      .map((task) => toBackupTask(cycle.target.name, node, task)),
  );
}

/** The values of the calls that worked; a warning for each that failed. */
function fulfilled<T>(
  cycle: PveCycle,
  results: PromiseSettledResult<T>[],
  label: (index: number) => string,
): T[] {
  const values: T[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      values.push(result.value);
    } else {
      cycle.warnings.push(warningOf(label(i), result.reason));
    }
  });

  return values;
}
