import {
  PbsBackup,
  PmgBackup,
  PveBackups,
  BackupTask,
  GuestSnapshot,
  StorageBackup,
} from './backups';
import { StorageDetail } from './storage';

/** Body of `GET /api/storage/:id`. */
export interface StorageDetailResponse {
  data: StorageDetail;
  /** Unix seconds. */
  timestamp: number;
}

/** Body of `GET /api/storage` and of `GET /api/storage/<node id>`. */
export interface StorageListResponse {
  data: StorageDetail[];
  /** Unix seconds. */
  timestamp: number;
}

/** Body of `GET /api/backups` and `GET /api/backups/unified`. */
export interface BackupsResponse {
  backups: { pve: PveBackups; pbs: PbsBackup[]; pmg: PmgBackup[] };
  pveBackups: PveBackups;
  pbsBackups: PbsBackup[];
  pmgBackups: PmgBackup[];
  backupTasks: BackupTask[];
  storageBackups: StorageBackup[];
  guestSnapshots: GuestSnapshot[];
}
