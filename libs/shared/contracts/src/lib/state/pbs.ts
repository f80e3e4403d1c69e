import { IsoTime } from './common';

export interface PbsNamespace {
  path: string;
  parent?: string;
  depth: number;
}

export interface PbsDatastore {
  name: string;
  total: number;
  used: number;
  free: number;
  /** Percent 0–100. */
  usage: number;
  status: string;
  error?: string;
  namespaces?: PbsNamespace[];
  deduplicationFactor?: number;
}

interface PbsJobBase {
  id: string;
  store: string;
  status: string;
  nextRun?: IsoTime;
  error?: string;
}

export interface PbsBackupJob extends PbsJobBase {
  type: string;
  vmid?: string;
  lastBackup: IsoTime;
}

export interface PbsSyncJob extends PbsJobBase {
  remote: string;
  lastSync: IsoTime;
}

export interface PbsVerifyJob extends PbsJobBase {
  lastVerify: IsoTime;
}

export interface PbsPruneJob extends PbsJobBase {
  lastPrune: IsoTime;
}

export interface PbsGarbageJob extends PbsJobBase {
  lastGarbage: IsoTime;
  removedBytes?: number;
}

/** A Proxmox Backup Server. Id `pbs-<name>`. */
export interface PbsInstance {
  id: string;
  name: string;
  host: string;
  status: string;
  version: string;
  /** Percent 0–100. */
  cpu: number;
  /** Percent 0–100. */
  memory: number;
  memoryUsed: number;
  memoryTotal: number;
  uptime: number;
  datastores: PbsDatastore[];
  backupJobs: PbsBackupJob[];
  syncJobs: PbsSyncJob[];
  verifyJobs: PbsVerifyJob[];
  pruneJobs: PbsPruneJob[];
  garbageJobs: PbsGarbageJob[];
  connectionHealth: string;
  lastSeen: IsoTime;
}
