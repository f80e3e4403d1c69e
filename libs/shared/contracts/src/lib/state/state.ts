import { DockerHost, Host, RemovedDockerHost } from './agents';
import { StateAlert } from './alert';
import { PbsBackup, PmgBackup, PveBackups } from './backups';
import { EpochMs } from './common';
import { Container, VM } from './guest';
import { Node } from './node';
import { PbsInstance } from './pbs';
import { PmgInstance } from './pmg';
import { ReplicationJob } from './replication';
import { CephCluster, PhysicalDisk, Storage } from './storage';

/**
 * Body of `GET /api/state`: every collection is always present (`[]` when empty).
 * `metrics`, `performance` and `stats` are empty objects, as in the original.
 */
export interface StateSnapshot {
  nodes: Node[];
  vms: VM[];
  containers: Container[];
  dockerHosts: DockerHost[];
  removedDockerHosts: RemovedDockerHost[];
  hosts: Host[];
  storage: Storage[];
  cephClusters: CephCluster[];
  physicalDisks: PhysicalDisk[];
  pbs: PbsInstance[];
  pmg: PmgInstance[];
  pbsBackups: PbsBackup[];
  pmgBackups: PmgBackup[];
  backups: { pve: PveBackups; pbs: PbsBackup[]; pmg: PmgBackup[] };
  replicationJobs: ReplicationJob[];
  activeAlerts: StateAlert[];
  metrics: Record<string, never>;
  pveBackups: PveBackups;
  performance: Record<string, never>;
  /** Keys: PVE instance name, `pbs-<name>`, `pmg-<name>`, `docker-<id>`, `host-<id>`. */
  connectionHealth: Record<string, boolean>;
  stats: Record<string, never>;
  lastUpdate: EpochMs;
  temperatureMonitoringEnabled: boolean;
}
