import type { DockerHost, Host } from '../state/agents';
import type {
  BackupTask,
  GuestSnapshot,
  PbsBackup,
  PmgBackup,
  PveBackups,
  StorageBackup,
} from '../state/backups';
import type { Container, VM } from '../state/guest';
import type { Node } from '../state/node';
import type { PbsInstance } from '../state/pbs';
import type { PmgInstance } from '../state/pmg';
import type { ReplicationJob } from '../state/replication';
import type { StateSnapshot } from '../state/state';
import type { CephCluster, PhysicalDisk, Storage } from '../state/storage';

/** The item type of every collection a `stateDelta` can change. */
export interface DeltaCollectionItems {
  nodes: Node;
  vms: VM;
  containers: Container;
  storage: Storage;
  cephClusters: CephCluster;
  physicalDisks: PhysicalDisk;
  pbs: PbsInstance;
  pmg: PmgInstance;
  pbsBackups: PbsBackup;
  pmgBackups: PmgBackup;
  replicationJobs: ReplicationJob;
  /** Lives in `pveBackups.backupTasks` (and its mirror `backups.pve.backupTasks`). */
  backupTasks: BackupTask;
  /** Lives in `pveBackups.storageBackups` (and `backups.pve.storageBackups`). */
  storageBackups: StorageBackup;
  /** Lives in `pveBackups.guestSnapshots` (and `backups.pve.guestSnapshots`). */
  guestSnapshots: GuestSnapshot;
  dockerHosts: DockerHost;
  hosts: Host;
}

export type DeltaCollectionName = keyof DeltaCollectionItems;

/** The three collections that sit inside `pveBackups` instead of at the top level. */
export const PVE_BACKUP_COLLECTIONS = ['backupTasks', 'storageBackups', 'guestSnapshots'] as const;

/** What changed in one collection: whole items to insert or replace, and ids to remove. */
export interface CollectionDelta<T> {
  upserted: T[];
  removed: string[];
}

export type StateDeltaChanges = {
  [K in DeltaCollectionName]?: CollectionDelta<DeltaCollectionItems[K]>;
};

/** Top-level `/api/state` values that a delta replaces whole (`connectionHealth`, ...). */
export type StateDeltaFields = Partial<
  Omit<StateSnapshot, DeltaCollectionName | 'backups' | 'pveBackups'>
>;

/**
 * The data of a `stateDelta` message: it turns any state whose sequence number lies in
 * `[baseSeq, seq]` into the state at `seq`. Every other key replaces that top-level value.
 */
export type StateDelta = StateDeltaFields & {
  seq: number;
  baseSeq: number;
  changes: StateDeltaChanges;
  lastUpdate: number;
};

/** What a client at `currentSeq` does with a delta: apply it, skip it, or resynchronize. */
export function checkDeltaSeq(currentSeq: number, delta: StateDelta): 'apply' | 'stale' | 'gap' {
  if (delta.baseSeq > currentSeq) {
    return 'gap';
  }

  return delta.seq >= currentSeq ? 'apply' : 'stale';
}

/**
 * Applies a delta to a state without changing either; untouched collections are shared.
 * Replaced items keep their position and new items are appended, so the order of items
 * inside a collection may differ from `/api/state`; their set and content do not.
 */
export function applyDelta(state: StateSnapshot, delta: StateDelta): StateSnapshot {
  const { seq: _seq, baseSeq: _baseSeq, changes, ...fields } = delta;
  const next: StateSnapshot = { ...state, ...fields };
  const pveBackups: PveBackups = { ...state.pveBackups };
  for (const name of Object.keys(changes) as DeltaCollectionName[]) {
    const change = changes[name] as CollectionDelta<{ id: string }> | undefined;
    const owner = isPveBackupCollection(name) ? pveBackups : next;
    const items = (owner as unknown as Record<string, { id: string }[]>)[name] ?? [];
    if (change) {
      (owner as unknown as Record<string, unknown>)[name] = applyCollection(items, change);
    }
  }
  next.pveBackups = pveBackups;
  next.backups = { pve: pveBackups, pbs: next.pbsBackups, pmg: next.pmgBackups };

  return next;
}

/**
 * One delta that does what `older` then `newer` do. `newer` must not start after `older`
 * ends (`newer.baseSeq <= older.seq`); otherwise changes in between would be lost.
 */
export function mergeDeltas(older: StateDelta, newer: StateDelta): StateDelta {
  if (newer.baseSeq > older.seq) {
    throw new RangeError(`Cannot merge: gap between seq ${older.seq} and ${newer.baseSeq}`);
  }
  const { seq: _olderSeq, baseSeq, changes: olderChanges, ...olderFields } = older;
  const { seq, baseSeq: _newerBase, changes: newerChanges, ...newerFields } = newer;
  const changes: Record<string, CollectionDelta<{ id: string }>> = { ...olderChanges };
  for (const [name, change] of Object.entries(newerChanges)) {
    const before = changes[name];
    changes[name] = before ? mergeCollection(before, change) : change;
  }

  return { ...olderFields, ...newerFields, seq, baseSeq, changes };
}

function isPveBackupCollection(name: string): name is keyof PveBackups {
  return (PVE_BACKUP_COLLECTIONS as readonly string[]).includes(name);
}

function applyCollection<T extends { id: string }>(items: T[], change: CollectionDelta<T>): T[] {
  const removed = new Set(change.removed);
  const updates = new Map(change.upserted.map((item) => [item.id, item]));
  const result: T[] = [];
  for (const item of items) {
    const update = updates.get(item.id);
    updates.delete(item.id);
    if (update) {
      result.push(update);
    } else if (!removed.has(item.id)) {
      result.push(item);
    }
  }

  return result.concat([...updates.values()]);
}

function mergeCollection<T extends { id: string }>(
  older: CollectionDelta<T>,
  newer: CollectionDelta<T>,
): CollectionDelta<T> {
  const newerIds = new Set(newer.upserted.map((item) => item.id));
  const newerRemoved = new Set(newer.removed);
  const upserted = older.upserted.filter(
    (item) => !newerIds.has(item.id) && !newerRemoved.has(item.id),
  );
  const removed = new Set(older.removed.filter((id) => !newerIds.has(id)));
  newer.removed.forEach((id) => removed.add(id));

  return { upserted: upserted.concat(newer.upserted), removed: [...removed] };
}
