import { ProductVersion } from '../decode/product-version';

export type PbsVersion = ProductVersion;

export interface PbsSpace {
  total?: number;
  used?: number;
  free?: number;
  avail?: number;
}

/** `GET /nodes/localhost/status`; `cpu` is a 0..1 fraction. */
export interface PbsNodeStatus {
  cpu?: number;
  wait?: number;
  uptime?: number;
  loadavg: number[];
  kversion?: string;
  memory?: PbsSpace;
  swap?: PbsSpace;
  root?: PbsSpace;
  cpuinfo?: { model?: string; cpus?: number; sockets?: number };
}

/** `GET /admin/datastore` entry. */
export interface PbsDatastore {
  store: string;
  comment?: string;
  maintenance?: string;
  mountStatus?: string;
}

/** `GET /admin/datastore/{store}/gc` (also embedded in status and usage answers). */
export interface PbsGcStatus {
  upid?: string;
  indexFileCount?: number;
  indexDataBytes?: number;
  diskBytes?: number;
  diskChunks?: number;
  removedBytes?: number;
  removedChunks?: number;
  pendingBytes?: number;
  pendingChunks?: number;
  removedBad?: number;
  stillBad?: number;
}

/** `GET /admin/datastore/{store}/status`; sizes in bytes. */
export interface PbsDatastoreStatus {
  total?: number;
  used?: number;
  avail?: number;
  gcStatus?: PbsGcStatus;
}

/** `GET /status/datastore-usage` entry. */
export interface PbsDatastoreUsage {
  store: string;
  total?: number;
  used?: number;
  avail?: number;
  /** Epoch seconds when the store is estimated to be full (-1/undefined when unknown). */
  estimatedFullDate?: number;
  error?: string;
  mountStatus?: string;
  gcStatus?: PbsGcStatus;
}

export interface PbsNamespace {
  /** Namespace path; `""` is the root namespace. */
  ns: string;
  comment?: string;
}

/** `GET /admin/datastore/{store}/groups` entry. */
export interface PbsGroup {
  backupType: string;
  backupId: string;
  lastBackup?: number;
  backupCount?: number;
  owner?: string;
  comment?: string;
  files: string[];
}

export interface PbsFile {
  filename: string;
  size?: number;
  cryptMode?: string;
}

/** `GET /admin/datastore/{store}/snapshots` entry. */
export interface PbsSnapshot {
  backupType: string;
  backupId: string;
  backupTime: number;
  size?: number;
  protected?: boolean;
  comment?: string;
  owner?: string;
  fingerprint?: string;
  files: PbsFile[];
  verification?: { state?: string; upid?: string };
}

export interface PbsSnapshotQuery {
  ns?: string;
  backupType?: string;
  backupId?: string;
}

/** `GET /nodes/localhost/tasks` entry; `status` is absent while the task runs. */
export interface PbsTask {
  upid: string;
  node?: string;
  pid?: number;
  pstart?: number;
  starttime?: number;
  endtime?: number;
  workerType?: string;
  workerId?: string;
  user?: string;
  status?: string;
}

export interface PbsTaskQuery {
  typefilter?: string;
  store?: string;
  limit?: number;
  start?: number;
  since?: number;
  running?: boolean;
  errors?: boolean;
}

export type PbsJobType = 'verify' | 'prune' | 'sync' | 'gc';

/** `GET /admin/{verify,prune,sync,gc}` entry: job settings plus last/next run state. */
export interface PbsJobStatus {
  id: string;
  store?: string;
  ns?: string;
  schedule?: string;
  comment?: string;
  disabled?: boolean;
  remote?: string;
  remoteStore?: string;
  lastRunUpid?: string;
  lastRunState?: string;
  lastRunEndtime?: number;
  nextRun?: number;
}
