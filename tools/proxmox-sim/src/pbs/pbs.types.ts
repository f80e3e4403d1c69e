export type BackupType = 'vm' | 'ct' | 'host';

export interface PbsSnapshot {
  store: string;
  ns: string;
  backupType: BackupType;
  backupId: string;
  backupTime: number;
  size: number;
  comment: string;
  owner: string;
  protected: boolean;
  verification?: { state: 'ok' | 'failed'; upid: string };
  fingerprint?: string;
}

export interface Datastore {
  name: string;
  comment?: string;
  path: string;
  total: number;
  baseUsed: number;
  dedup: number;
  namespaces: string[];
  lastGcUpid?: string;
  removedBytes: number;
  pendingBytes: number;
}

export interface PbsTask {
  upid: string;
  node: string;
  pid: number;
  pstart: number;
  starttime: number;
  endtime?: number;
  status?: string;
  workerType: string;
  workerId: string;
  user: string;
}

export interface PbsJob {
  kind: 'verify' | 'prune' | 'sync' | 'gc';
  id: string;
  store: string;
  schedule: string;
  lastRun?: PbsTask;
  extra: Record<string, unknown>;
}

export interface PbsHost {
  cpu: number;
  memTotal: number;
  memUsed: number;
  swapTotal: number;
  swapUsed: number;
  rootTotal: number;
  rootUsed: number;
  bootTime: number;
  load: [number, number, number];
}
