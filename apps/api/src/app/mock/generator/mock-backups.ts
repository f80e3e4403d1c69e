import type {
  BackupTask,
  Container,
  GuestSnapshot,
  PbsBackup,
  StorageBackup,
  VM,
} from '@pulse/contracts';

type Guest = VM | Container;

import { MAIN_PBS } from './mock-pbs';
import { between, pick } from './prng';
import { isoAt } from './mock-usage';

const DAY_MS = 86_400_000;
const SNAPSHOT_NAMES = ['before-upgrade', 'pre-migration', 'weekly', 'config-change', 'test'];

export interface MockBackups {
  storageBackups: StorageBackup[];
  pbsBackups: PbsBackup[];
  backupTasks: BackupTask[];
  guestSnapshots: GuestSnapshot[];
  /** Guest id → time of its newest backup (ms). */
  lastBackup: Map<string, number>;
}

/**
 * Nightly backups of about 40 % of the guests: a few days of archives on the node's `local`
 * storage and in the main PBS datastore, the vzdump task of the last night, and snapshots of
 * about a quarter of the guests.
 */
export function buildBackups(guests: Guest[], random: () => number, now: number): MockBackups {
  const backups: MockBackups = {
    storageBackups: [],
    pbsBackups: [],
    backupTasks: [],
    guestSnapshots: [],
    lastBackup: new Map(),
  };
  const lastNight = Math.floor(now / DAY_MS) * DAY_MS + 2 * 3_600_000 - DAY_MS;
  for (const guest of guests) {
    if (random() < 0.4) {
      const days = 1 + Math.floor(random() * 4);
      const size = Math.round((guest.disk?.used ?? guest.maxmem) * between(random, 0.2, 0.5));
      for (let day = 0; day < days; day++) {
        const time = lastNight - day * DAY_MS + Math.round(random() * 1800) * 1000;
        backups.storageBackups.push(storageBackup(guest, time, size));
        backups.pbsBackups.push(pbsBackup(guest, time, size, day === 0));
        if (day === 0) {
          backups.backupTasks.push(backupTask(guest, time, size));
          backups.lastBackup.set(guest.id, time);
        }
      }
    }
    if (random() < 0.25) {
      backups.guestSnapshots.push(snapshot(guest, random, now));
    }
  }

  return backups;
}

function kindOf(guest: Guest): 'qemu' | 'lxc' {
  return guest.type;
}

function storageBackup(guest: Guest, time: number, size: number): StorageBackup {
  const kind = kindOf(guest);
  const stamp = isoAt(time).slice(0, 19).replace('T', '_').replace(/[-:]/g, '_');
  const format = kind === 'qemu' ? 'vma.zst' : 'tar.zst';
  const volid = `local:backup/vzdump-${kind}-${guest.vmid}-${stamp}.${format}`;

  return {
    id: `${guest.instance}-${volid}`,
    storage: 'local',
    node: guest.node,
    instance: guest.instance,
    type: kind,
    vmid: guest.vmid,
    time: isoAt(time),
    ctime: Math.floor(time / 1000),
    size,
    format,
    protected: false,
    volid,
    isPBS: false,
    verified: false,
  };
}

function pbsBackup(guest: Guest, time: number, size: number, newest: boolean): PbsBackup {
  const backupType = kindOf(guest) === 'qemu' ? 'vm' : 'ct';
  const seconds = Math.floor(time / 1000);
  const { instance, datastore } = MAIN_PBS;

  return {
    id: `pbs-${instance}-${datastore}--${backupType}-${guest.vmid}-${seconds}`,
    instance,
    datastore,
    namespace: '',
    backupType,
    vmid: String(guest.vmid),
    backupTime: isoAt(time),
    size,
    protected: false,
    verified: !newest,
    comment: guest.name,
    owner: 'root@pam',
  };
}

function backupTask(guest: Guest, time: number, size: number): BackupTask {
  const upid = `UPID:${guest.node}:${time.toString(16).toUpperCase()}:vzdump:${guest.vmid}`;

  return {
    id: `${guest.instance}-${upid}`,
    node: guest.node,
    instance: guest.instance,
    type: 'vzdump',
    vmid: guest.vmid,
    status: 'OK',
    startTime: isoAt(time),
    endTime: isoAt(time + 120_000 + (size % 600_000)),
    size,
  };
}

function snapshot(guest: Guest, random: () => number, now: number): GuestSnapshot {
  const name = pick(random, SNAPSHOT_NAMES);
  const time = now - Math.round(between(random, 1, 60)) * DAY_MS;

  return {
    id: `${guest.instance}-${guest.node}-${guest.vmid}-${name}`,
    name,
    node: guest.node,
    instance: guest.instance,
    type: kindOf(guest),
    vmid: guest.vmid,
    time: isoAt(time),
    description: `Mock snapshot of ${guest.name}`,
    vmstate: kindOf(guest) === 'qemu' && random() < 0.3,
    sizeBytes: Math.round((guest.disk?.total ?? 0) * between(random, 0.01, 0.1)),
  };
}
