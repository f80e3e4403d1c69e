import { PbsBackup, StateSnapshot, StorageBackup } from '@pulse/contracts';
import { matchesWords, queryWords } from '../../shared/table/search';

/** One backup, from a PBS datastore or from a PVE storage. */
export interface BackupRow {
  id: string;
  time: number;
  guest: string;
  vmid: string;
  kind: 'VM' | 'CT' | string;
  source: 'PBS' | 'PVE';
  location: string;
  size: number;
  verified: boolean;
  protected: boolean;
}

/** Backups newest first; PVE storage copies that live on a PBS are left to the PBS rows. */
export function backupRows(state: StateSnapshot): BackupRow[] {
  const fromPbs = state.pbsBackups.map(fromPbsBackup);
  const fromPve = state.pveBackups.storageBackups
    .filter((backup) => !backup.isPBS)
    .map(fromStorageBackup);

  return [...fromPbs, ...fromPve].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));
}

function fromPbsBackup(backup: PbsBackup): BackupRow {
  const namespace = backup.namespace ? ` / ${backup.namespace}` : '';

  return {
    id: backup.id,
    time: Date.parse(backup.backupTime) || 0,
    guest: backup.comment ?? '',
    vmid: backup.vmid,
    kind: backup.backupType.toUpperCase(),
    source: 'PBS',
    location: `${backup.instance} / ${backup.datastore}${namespace}`,
    size: backup.size,
    verified: backup.verified,
    protected: backup.protected,
  };
}

function fromStorageBackup(backup: StorageBackup): BackupRow {
  return {
    id: backup.id,
    time: backup.ctime * 1000 || Date.parse(backup.time) || 0,
    guest: backup.notes ?? '',
    vmid: String(backup.vmid),
    kind: backup.type === 'qemu' ? 'VM' : backup.type === 'lxc' ? 'CT' : backup.type,
    source: 'PVE',
    location: `${backup.node} / ${backup.storage}`,
    size: backup.size,
    verified: backup.verified,
    protected: backup.protected,
  };
}

/** Every word must appear in the guest, VMID, kind, source or location. */
export function filterBackups(rows: BackupRow[], query: string): BackupRow[] {
  const words = queryWords(query);

  return rows.filter((row) =>
    matchesWords(words, [row.guest, row.vmid, row.kind, row.source, row.location]),
  );
}
