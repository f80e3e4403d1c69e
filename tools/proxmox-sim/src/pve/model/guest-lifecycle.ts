import { Prng } from '../../core/prng';
import { MiB } from '../../core/units';
import { ApiError } from '../../http/api-error';
import { PveCluster } from './pve-cluster';
import { BackupVolume, Guest, TaskEntry } from './pve.types';
import { localStorageFor } from './storage-catalog';

const BACKUPS_KEPT_PER_GUEST = 4;

/** Start, stop, migrate and back up guests; every action leaves a task like PVE does. */
export class GuestLifecycle {
  private readonly archives = new Map<string, BackupVolume[]>();

  constructor(
    private readonly cluster: PveCluster,
    private readonly rng: Prng,
  ) {}

  start(guest: Guest, user = 'root@pam'): TaskEntry {
    if (guest.template) throw new ApiError(500, `VM ${guest.vmid} is a template`);
    const now = this.cluster.now();
    if (guest.status !== 'running') this.boot(guest, now);
    const task = this.cluster.tasks.add({
      node: guest.node,
      type: guest.type === 'qemu' ? 'qmstart' : 'vzstart',
      id: String(guest.vmid),
      user,
      starttime: now,
      endtime: now,
    });
    this.cluster.touch();

    return task;
  }

  stop(guest: Guest, user = 'root@pam'): TaskEntry {
    const now = this.cluster.now();
    this.halt(guest);
    const task = this.cluster.tasks.add({
      node: guest.node,
      type: guest.type === 'qemu' ? 'qmstop' : 'vzstop',
      id: String(guest.vmid),
      user,
      starttime: now,
      endtime: now,
    });
    this.cluster.touch();

    return task;
  }

  /** Live migration for running VMs, restart migration for containers; counters restart. */
  migrate(guest: Guest, target: string, user = 'root@pam'): TaskEntry {
    const targetNode = this.cluster.node(target);
    if (target === guest.node) throw new ApiError(400, 'target is local node.');
    if (!this.cluster.isNodeOnline(target)) {
      throw new ApiError(500, `target node '${target}' is not online`);
    }
    const now = this.cluster.now();
    const source = guest.node;
    const wasRunning = guest.status === 'running';
    if (!this.cluster.storage(guest.storage)?.shared) guest.storage = localStorageFor(targetNode);
    guest.node = target;
    if (wasRunning) this.boot(guest, now);
    const task = this.cluster.tasks.add({
      node: source,
      type: guest.type === 'qemu' ? 'qmigrate' : 'vzmigrate',
      id: String(guest.vmid),
      user,
      starttime: now,
      endtime: now,
      log: [
        `starting migration of ${guest.type === 'qemu' ? 'VM' : 'CT'} ${guest.vmid} to '${target}'`,
        'migration finished successfully',
      ],
    });
    this.cluster.touch();

    return task;
  }

  /** Records a finished vzdump run (task plus, on success, the archive on `storage`). */
  backup(guest: Guest, storage: string, starttime: number, user = 'root@pam'): TaskEntry {
    const plan = this.planBackup(guest);
    const task = this.cluster.tasks.add({
      ...this.backupTask(guest, starttime, user),
      endtime: starttime + plan.duration,
      status: plan.failed ? 'job errors' : 'OK',
    });
    if (!plan.failed) this.storeArchive(guest, storage, starttime, plan.size);

    return task;
  }

  /** Starts a vzdump task that stays running until the returned function finishes it. */
  beginBackup(guest: Guest, storage: string, user = 'root@pam'): () => void {
    const plan = this.planBackup(guest);
    const starttime = this.cluster.now();
    const task = this.cluster.tasks.add(this.backupTask(guest, starttime, user));

    return () => {
      this.cluster.tasks.finish(task, this.cluster.now(), plan.failed ? 'job errors' : 'OK');
      if (!plan.failed) this.storeArchive(guest, storage, starttime, plan.size);
    };
  }

  private planBackup(guest: Guest) {
    const size = Math.round(guest.diskUsed * this.rng.between(0.35, 0.7)) + 64 * MiB;
    const duration = Math.max(8, Math.round(size / (this.rng.between(80, 400) * MiB)));

    return { size, duration, failed: this.rng.chance(0.03) };
  }

  private backupTask(guest: Guest, starttime: number, user: string) {
    return {
      node: guest.node,
      type: 'vzdump',
      id: String(guest.vmid),
      user,
      starttime,
      log: [`INFO: Starting Backup of VM ${guest.vmid} (${guest.type})`],
    };
  }

  private storeArchive(guest: Guest, storage: string, ctime: number, size: number): void {
    const def = this.cluster.storage(storage);
    if (def?.type === 'pbs') {
      this.cluster.pbs.addGuestBackup({
        backupType: guest.type === 'qemu' ? 'vm' : 'ct',
        backupId: String(guest.vmid),
        backupTime: ctime,
        size,
        comment: guest.name,
      });

      return;
    }
    const isVm = guest.type === 'qemu';
    const format = isVm ? 'vma.zst' : 'tar.zst';
    const archive: BackupVolume = {
      storage,
      node: def?.shared ? undefined : guest.node,
      volid: `${storage}:backup/vzdump-${guest.type}-${guest.vmid}-${stamp(ctime)}.${format}`,
      vmid: guest.vmid,
      guestType: guest.type,
      ctime,
      size,
      notes: guest.name,
      protected: this.rng.chance(0.05),
      format,
    };
    this.cluster.backups.push(archive);
    this.prune(archive);
  }

  /** Keeps the newest archives per guest and storage, like a `keep-last` prune setting. */
  private prune(archive: BackupVolume): void {
    const key = `${archive.storage}/${archive.vmid}`;
    const own = [...(this.archives.get(key) ?? []), archive];
    this.archives.set(key, own);
    if (own.length <= BACKUPS_KEPT_PER_GUEST) return;
    const drop = new Set(
      own
        .filter((b) => !b.protected)
        .sort((a, b) => a.ctime - b.ctime)
        .slice(0, own.length - BACKUPS_KEPT_PER_GUEST),
    );
    this.archives.set(
      key,
      own.filter((b) => !drop.has(b)),
    );
    this.cluster.backups = this.cluster.backups.filter((b) => !drop.has(b));
  }

  private boot(guest: Guest, now: number): void {
    guest.status = 'running';
    guest.startedAt = now;
    guest.pid = this.rng.int(1000, 4000000);
    guest.cpu = guest.cpuTarget;
    guest.mem = Math.round(guest.maxmem * guest.memTarget * 0.6);
    guest.counters = { netin: 0, netout: 0, diskread: 0, diskwrite: 0 };
  }

  private halt(guest: Guest): void {
    guest.status = 'stopped';
    guest.pid = 0;
    guest.cpu = 0;
    guest.mem = 0;
    guest.swap = 0;
    guest.counters = { netin: 0, netout: 0, diskread: 0, diskwrite: 0 };
  }
}

/** vzdump file name time stamp: 2025_01_31-02_00_05 (UTC here). */
export function stamp(epoch: number): string {
  const iso = new Date(epoch * 1000).toISOString();

  return `${iso.slice(0, 10).replace(/-/g, '_')}-${iso.slice(11, 19).replace(/:/g, '_')}`;
}
