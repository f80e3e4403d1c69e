import { IsoTime } from './common';

export interface PbsBackup {
  id: string;
  instance: string;
  datastore: string;
  namespace: string;
  backupType: 'vm' | 'ct' | string;
  vmid: string;
  backupTime: IsoTime;
  size: number;
  protected: boolean;
  verified: boolean;
  comment?: string;
  files?: string[];
  owner?: string;
}

export interface PmgBackup {
  id: string;
  instance: string;
  node: string;
  filename: string;
  backupTime: IsoTime;
  size: number;
}

export interface BackupTask {
  id: string;
  node: string;
  instance?: string;
  type: string;
  vmid: number;
  status: string;
  startTime: IsoTime;
  endTime?: IsoTime;
  size?: number;
  error?: string;
}

export interface StorageBackup {
  id: string;
  storage: string;
  node: string;
  instance: string;
  type: string;
  vmid: number;
  time: IsoTime;
  /** Unix seconds. */
  ctime: number;
  size: number;
  format: string;
  notes?: string;
  protected: boolean;
  volid: string;
  isPBS: boolean;
  verified: boolean;
  /** The last verification as PVE reports it for PBS-backed storage. */
  verification?: { state?: string; upid?: string };
}

export interface GuestSnapshot {
  id: string;
  name: string;
  node: string;
  instance: string;
  type: string;
  vmid: number;
  time: IsoTime;
  description?: string;
  parent?: string;
  vmstate: boolean;
  sizeBytes?: number;
}

export interface PveBackups {
  backupTasks: BackupTask[];
  storageBackups: StorageBackup[];
  guestSnapshots: GuestSnapshot[];
}
