import type { NodeMonitoringFlags, NodeType, ZfsPool } from '@pulse/contracts';

import type { StateCollections } from '../../state/state-collections';

/** A configured instance as the poller needs it, secrets in plain text (memory only). */
export interface PollTarget {
  /** Node config id, e.g. `pve-0`. */
  id: string;
  type: NodeType;
  /** Admin-given name; the `instance` field of every resource of this target. */
  name: string;
  host: string;
  user?: string;
  password?: string;
  tokenName?: string;
  tokenValue?: string;
  fingerprint?: string;
  verifySSL: boolean;
  monitoring: NodeMonitoringFlags;
  isCluster: boolean;
  clusterName?: string;
  /** Cluster members to fail over to (PVE). */
  clusterEndpoints: { nodeName: string; host: string; ip: string }[];
}

/** What the scheduler tells a collector about the cycle it runs. */
export interface CollectContext {
  /** Milliseconds since the epoch at the start of the cycle. */
  now: number;
  /** 0 for the first cycle of this collector, then 1, 2, … */
  cycle: number;
  /** True when the slow parts (backups, snapshots, tasks, disks) are due in this cycle. */
  includeSlow: boolean;
  /** Aborted when the cycle runs past its budget or the instance is removed. */
  signal: AbortSignal;
}

/** The result of one cycle: whole collections for this instance (see `StateBatch`). */
export interface CollectResult {
  collections: Partial<StateCollections>;
  /** `connectionHealth` entries, e.g. `{ "<instance name>": true }` or `{ "pbs-<name>": true }`. */
  connectionHealth: Record<string, boolean>;
  /** Partial failures that did not fail the cycle (e.g. one node's disks unreadable). */
  warnings: string[];
  /**
   * ZFS pool behind each `zfspool` storage, keyed by storage id, when read in this cycle (slow
   * cycles). For `GET /api/storage/:id`; the `/api/state` storage items carry no `zfsPool`.
   */
  zfsPools?: Record<string, ZfsPool>;
}

/**
 * Reads one instance. A collector lives as long as its target is configured and unchanged; it
 * may keep state between cycles (I/O counters for rates, guest-agent caches). `collect` throws
 * an `UpstreamError` when the instance as a whole could not be read.
 */
export interface InstanceCollector {
  collect(context: CollectContext): Promise<CollectResult>;
  close(): Promise<void>;
}

export type CollectorFactory = (target: PollTarget) => InstanceCollector;
