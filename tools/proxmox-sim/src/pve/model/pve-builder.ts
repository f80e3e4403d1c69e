import { Clock, epochSeconds } from '../../core/clock';
import { Prng } from '../../core/prng';
import { DAY, HOUR } from '../../core/units';
import { FaultController } from '../../faults/fault-controller';
import { ResolvedScenario } from '../../scenario/scenario.types';
import { buildGuests } from './guest-builder';
import { GuestLifecycle } from './guest-lifecycle';
import { buildNodes } from './node-builder';
import { PbsLink } from './pbs-link';
import { PveCluster } from './pve-cluster';
import { Guest, ReplicationJob } from './pve.types';
import { buildStorages, guestStoragePicker } from './storage-catalog';

export interface PveBuildOptions {
  scenario: ResolvedScenario;
  rng: Prng;
  clock: Clock;
  faults: FaultController;
  pbs: PbsLink;
}

export function buildPveCluster(options: PveBuildOptions) {
  const { scenario, rng } = options;
  const now = epochSeconds(options.clock);
  const nodes = buildNodes(rng.fork(1), scenario.nodes, scenario.offlineNodes, now);
  for (const node of nodes) {
    if (node.zfs) node.localPoolSize = Math.round(node.pools[0].size * 0.9);
    if (scenario.ceph) node.osds = 2;
  }
  const storages = buildStorages({ nodes, ceph: scenario.ceph, pbs: options.pbs });
  const picker = guestStoragePicker(scenario.ceph);
  const guests = buildGuests(rng.fork(2), scenario, nodes, picker, now);
  const cluster = new PveCluster({ ...options, nodes, guests, storages });
  const lifecycle = new GuestLifecycle(cluster, rng.fork(3));
  seedHistory(cluster, lifecycle, now);
  cluster.replication = buildReplication(rng.fork(4), cluster, now);
  cluster.touch();

  return { cluster, lifecycle };
}

/** Where a guest's scheduled backups go; spreads archives over every backup-capable type. */
export function backupStorageFor(cluster: PveCluster, guest: Guest): string {
  const has = (name: string) => cluster.storage(name) !== undefined;
  switch (guest.vmid % 4) {
    case 2:
      return has('nfs-backup') ? 'nfs-backup' : 'local';
    case 3:
      return has('cephfs') ? 'cephfs' : 'local';
    default:
      return 'pbs-main';
  }
}

function seedHistory(cluster: PveCluster, lifecycle: GuestLifecycle, now: number): void {
  const today = Math.floor(now / DAY) * DAY;
  for (let day = cluster.scenario.backupDays; day >= 1; day--) {
    const window = today - (day - 1) * DAY - DAY + 2 * HOUR;
    cluster.guests.forEach((guest, i) => {
      if (guest.template) return;
      lifecycle.backup(guest, backupStorageFor(cluster, guest), window + ((i * 97) % (3 * HOUR)));
    });
  }
  for (const guest of cluster.guests) {
    if (guest.status !== 'running' || now - guest.startedAt > 30 * DAY) continue;
    const type = guest.type === 'qemu' ? 'qmstart' : 'vzstart';
    const starttime = guest.startedAt;
    cluster.tasks.add({
      node: guest.node,
      type,
      id: String(guest.vmid),
      starttime,
      endtime: starttime + 2,
    });
  }
}

function buildReplication(rng: Prng, cluster: PveCluster, now: number): ReplicationJob[] {
  const zfsNodes = cluster.nodes.filter((node) => node.zfs).map((node) => node.name);
  if (zfsNodes.length < 2) return [];
  const jobs: ReplicationJob[] = [];
  for (const guest of cluster.guests) {
    if (guest.storage !== 'local-zfs' || guest.template || !rng.chance(0.2)) continue;
    const target = zfsNodes[(zfsNodes.indexOf(guest.node) + 1) % zfsNodes.length];
    const failing = rng.chance(0.08);
    jobs.push({
      id: `${guest.vmid}-0`,
      guest: guest.vmid,
      jobnum: 0,
      target,
      schedule: rng.pick(['*/15', '*/30', 'hourly']),
      rate: rng.chance(0.3) ? 50 : undefined,
      comment: rng.chance(0.2) ? 'DR copy' : undefined,
      lastSync: now - rng.int(60, 900) - (failing ? 4 * HOUR : 0),
      duration: Math.round(rng.between(1.5, 45) * 1000) / 1000,
      failCount: failing ? rng.int(1, 4) : 0,
      error: failing ? replicationError(guest.vmid) : undefined,
    });
  }

  return jobs;
}

function replicationError(vmid: number): string {
  const snapshot = `rpool/data/vm-${vmid}-disk-0@__replicate_${vmid}-0__`;

  return `command 'zfs snapshot ${snapshot}' failed: got timeout`;
}
