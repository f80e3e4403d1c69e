import type { BackupTask, GuestSnapshot, StorageBackup } from '@pulse/contracts';

import type { PveSnapshot, PveStorageContent, PveTask } from '../../../upstream';
import { bytes, isoFromSeconds, ZERO_TIME } from '../shared/units';

export interface BackupStorageRef {
  name: string;
  type: string;
  /** The node the content was read through. */
  node: string;
}

/** `qemu`, `lxc` or `host`, from the volume id first and the archive format second. */
export function backupGuestType(item: PveStorageContent): string {
  const volid = item.volid;
  if (volid.includes('/vm/') || volid.includes('qemu')) return 'qemu';
  if (volid.includes('/ct/') || volid.includes('lxc')) return 'lxc';
  if (!item.vmid) return 'host';

  return item.format === 'pbs-ct' ? 'lxc' : 'qemu';
}

function isPbsStorage(storage: BackupStorageRef): boolean {
  return storage.type === 'pbs' || storage.name.startsWith('pbs-');
}

/** A backup volume, shown on the node where its guest lives now (else where it was read). */
export function toStorageBackup(
  instance: string,
  storage: BackupStorageRef,
  item: PveStorageContent,
  guestNode?: string,
): StorageBackup {
  const ctime = bytes(item.ctime);

  return {
    id: `${instance}-${item.volid}`,
    storage: storage.name,
    node: guestNode ?? storage.node,
    instance,
    type: backupGuestType(item),
    vmid: item.vmid ?? 0,
    time: isoFromSeconds(ctime),
    ctime,
    size: bytes(item.size),
    format: item.format ?? '',
    ...(item.notes ? { notes: item.notes } : {}),
    protected: item.protected ?? false,
    volid: item.volid,
    isPBS: isPbsStorage(storage),
    verified: item.verification?.state === 'ok',
    ...(item.verification ? { verification: item.verification } : {}),
  };
}

/** A vzdump task; a running one has no status yet and the zero end time. */
export function toBackupTask(instance: string, node: string, task: PveTask): BackupTask {
  const status = task.status ?? (task.endtime ? 'unknown' : 'running');
  const failed = task.status !== undefined && task.status !== 'OK';

  return {
    id: `${instance}-${task.upid}`,
    node: task.node ?? node,
    instance,
    type: task.type ?? 'vzdump',
    vmid: Number.parseInt(task.id ?? '', 10) || 0,
    status,
    startTime: isoFromSeconds(task.starttime),
    endTime: task.endtime ? isoFromSeconds(task.endtime) : ZERO_TIME,
    ...(failed ? { error: task.status } : {}),
  };
}

export interface SnapshotOwner {
  instance: string;
  node: string;
  vmid: number;
  type: 'qemu' | 'lxc';
}

export function toGuestSnapshot(owner: SnapshotOwner, snapshot: PveSnapshot): GuestSnapshot {
  return {
    id: `${owner.instance}-${owner.node}-${owner.vmid}-${snapshot.name}`,
    name: snapshot.name,
    node: owner.node,
    instance: owner.instance,
    type: owner.type,
    vmid: owner.vmid,
    time: isoFromSeconds(snapshot.snaptime),
    ...(snapshot.description ? { description: snapshot.description } : {}),
    ...(snapshot.parent ? { parent: snapshot.parent } : {}),
    vmstate: owner.type === 'qemu' && snapshot.vmstate === true,
  };
}

/** Newest backup per VMID, in milliseconds (guests show it as `lastBackup`). */
export function lastBackupByVmid(backups: readonly StorageBackup[]): Map<number, number> {
  const newest = new Map<number, number>();
  for (const backup of backups) {
    if (backup.vmid > 0 && backup.ctime * 1000 > (newest.get(backup.vmid) ?? 0)) {
      newest.set(backup.vmid, backup.ctime * 1000);
    }
  }

  return newest;
}
