import { MiB } from '../../core/units';
import { StorageStatus } from '../model/pve-cluster';
import { BackupVolume, Guest, StorageDef } from '../model/pve.types';
import { PbsBackupView } from '../model/pbs-link';
import { flag } from './guest.serializer';

export function storageConfigItem(def: StorageDef, pbsFingerprint: string) {
  const config = def.type === 'pbs' ? { ...def.config, fingerprint: pbsFingerprint } : def.config;

  return {
    storage: def.storage,
    type: def.type,
    content: def.content.join(','),
    digest: 'a3f1c0de5e0b6c2f8e7d9a1b4c3d2e1f0a9b8c7d',
    ...config,
    ...(def.shared ? { shared: 1 } : {}),
    ...(def.nodes ? { nodes: def.nodes.join(',') } : {}),
  };
}

export function nodeStorageItem(def: StorageDef, status: StorageStatus | undefined) {
  const base = {
    storage: def.storage,
    type: def.type,
    content: def.content.join(','),
    shared: flag(def.shared),
    enabled: 1,
    active: flag(status !== undefined),
  };
  if (!status) return base;

  return {
    ...base,
    total: status.total,
    used: status.used,
    avail: status.avail,
    used_fraction: status.total > 0 ? status.used / status.total : 0,
  };
}

export function backupContent(backup: BackupVolume) {
  return {
    volid: backup.volid,
    content: 'backup',
    format: backup.format,
    ctime: backup.ctime,
    size: backup.size,
    vmid: backup.vmid,
    subtype: backup.guestType,
    notes: backup.notes,
    ...(backup.protected ? { protected: 1 } : {}),
  };
}

/** A PBS snapshot as PVE lists it on a storage of type `pbs`. */
export function pbsBackupContent(storage: string, backup: PbsBackupView) {
  const iso = new Date(backup.backupTime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

  return {
    volid: `${storage}:backup/${backup.backupType}/${backup.backupId}/${iso}`,
    content: 'backup',
    format: `pbs-${backup.backupType}`,
    ctime: backup.backupTime,
    size: backup.size,
    vmid: Number(backup.backupId),
    subtype: backup.backupType === 'vm' ? 'qemu' : 'lxc',
    notes: backup.comment,
    ...(backup.protected ? { protected: 1 } : {}),
    ...(backup.verification ? { verification: backup.verification } : {}),
    ...(backup.fingerprint ? { encrypted: backup.fingerprint } : {}),
  };
}

export function guestVolume(def: StorageDef, guest: Guest) {
  const zfsCt = guest.type === 'lxc' && def.type === 'zfspool';
  const prefix = guest.template ? 'base' : zfsCt ? 'subvol' : 'vm';
  const content = guest.type === 'lxc' ? 'rootdir' : 'images';

  return {
    volid: `${def.storage}:${prefix}-${guest.vmid}-disk-0`,
    content,
    format: zfsCt ? 'subvol' : 'raw',
    size: guest.maxdisk,
    used: guest.diskUsed,
    vmid: guest.vmid,
    ctime: guest.startedAt - 86400,
  };
}

export function staticVolumes(def: StorageDef, ctime: number) {
  const items = [];
  if (def.content.includes('iso')) {
    items.push({
      volid: `${def.storage}:iso/debian-12.10.0-amd64-netinst.iso`,
      content: 'iso',
      format: 'iso',
      size: 663 * MiB,
      ctime,
    });
    items.push({
      volid: `${def.storage}:iso/virtio-win-0.1.266.iso`,
      content: 'iso',
      format: 'iso',
      size: 709 * MiB,
      ctime,
    });
  }
  if (def.content.includes('vztmpl')) {
    items.push({
      volid: `${def.storage}:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`,
      content: 'vztmpl',
      format: 'tzst',
      size: 126 * MiB,
      ctime,
    });
    items.push({
      volid: `${def.storage}:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz`,
      content: 'vztmpl',
      format: 'txz',
      size: 3 * MiB,
      ctime,
    });
  }

  return items;
}
