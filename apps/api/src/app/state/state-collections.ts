import type {
  BackupTask,
  CephCluster,
  Container,
  DockerHost,
  GuestSnapshot,
  Host,
  Node,
  PbsBackup,
  PbsInstance,
  PhysicalDisk,
  PmgBackup,
  PmgInstance,
  ReplicationJob,
  Storage,
  StorageBackup,
  VM,
  ZfsPool,
} from '@pulse/contracts';

/**
 * The collections a source (one polled instance, or one agent) contributes to the state.
 * Every item has a stable `id`.
 */
export interface StateCollections {
  nodes: Node[];
  vms: VM[];
  containers: Container[];
  storage: Storage[];
  cephClusters: CephCluster[];
  physicalDisks: PhysicalDisk[];
  pbs: PbsInstance[];
  pmg: PmgInstance[];
  pbsBackups: PbsBackup[];
  pmgBackups: PmgBackup[];
  replicationJobs: ReplicationJob[];
  backupTasks: BackupTask[];
  storageBackups: StorageBackup[];
  guestSnapshots: GuestSnapshot[];
  dockerHosts: DockerHost[];
  hosts: Host[];
}

export type CollectionName = keyof StateCollections;

export const COLLECTION_NAMES: readonly CollectionName[] = [
  'nodes',
  'vms',
  'containers',
  'storage',
  'cephClusters',
  'physicalDisks',
  'pbs',
  'pmg',
  'pbsBackups',
  'pmgBackups',
  'replicationJobs',
  'backupTasks',
  'storageBackups',
  'guestSnapshots',
  'dockerHosts',
  'hosts',
];

export type CollectionItem = { id: string };

/**
 * One poll cycle of one instance (or one agent report). Collections present replace what the
 * source contributed before; collections left out keep their items (e.g. backups polled less
 * often than metrics).
 */
export interface StateBatch {
  /** Stable key of the source, e.g. `pve:pve-0` or `docker:<agent id>`. */
  source: string;
  /** Milliseconds since the epoch when the data was read. */
  at: number;
  collections: Partial<StateCollections>;
  /** `connectionHealth` entries of this source (see the `/api/state` contract). */
  connectionHealth?: Record<string, boolean>;
  /**
   * The ZFS pool behind each `zfspool` storage, keyed by storage id. Present: replaces the
   * source's pools; absent: keeps them (pools are read on slow cycles only). Only
   * `GET /api/storage/:id` shows them, so they are no part of the change stream.
   */
  zfsPools?: Record<string, ZfsPool>;
}

/** What one batch changed in one collection. */
export interface CollectionChange {
  upserted: CollectionItem[];
  removed: string[];
}

/** Emitted once per applied batch that changed anything. */
export interface StateChange {
  /** Increases by one per change; a client that sees a gap has missed changes. */
  seq: number;
  source: string;
  at: number;
  collections: Partial<Record<CollectionName, CollectionChange>>;
  /** Present when the source's connection health changed. */
  connectionHealth?: Record<string, boolean>;
}
