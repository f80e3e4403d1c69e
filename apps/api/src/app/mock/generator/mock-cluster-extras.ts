import type {
  CephCluster,
  Container,
  Node,
  PhysicalDisk,
  ReplicationJob,
  VM,
} from '@pulse/contracts';

import { physicalDiskId } from '../../polling/collectors/shared/ids';
import { MOCK_CLUSTER } from './mock-nodes';
import { between, pick } from './prng';
import { isoAt, round } from './mock-usage';

const TIB = 1024 ** 4;
const DISK_MODELS = [
  { model: 'Samsung SSD 980 PRO 1TB', type: 'nvme', size: 1e12, rpm: 0 },
  { model: 'Crucial MX500 2TB', type: 'sata', size: 2e12, rpm: 0 },
  { model: 'WDC WD80EFZZ', type: 'sata', size: 8e12, rpm: 5400 },
  { model: 'SEAGATE ST4000NM0023', type: 'sas', size: 4e12, rpm: 7200 },
];
const MAX_REPLICATION_JOBS = 8;

/** One to three disks per node; about one in twenty fails its SMART check. */
export function buildPhysicalDisks(nodes: Node[], random: () => number, now: number) {
  return nodes.flatMap((node) =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, (_, index): PhysicalDisk => {
      const spec = pick(random, DISK_MODELS);
      const devPath = spec.type === 'nvme' ? `/dev/nvme${index}n1` : `/dev/sd${'abc'[index]}`;
      const failed = random() < 0.05;

      return {
        id: physicalDiskId(node.instance, node.node, devPath),
        node: node.node,
        instance: node.instance,
        devPath,
        model: spec.model,
        serial: `MOCK${Math.floor(random() * 1e8)}`,
        type: spec.type,
        size: spec.size,
        health: failed ? 'FAILED' : 'PASSED',
        wearout: spec.rpm ? -1 : Math.round(between(random, 70, 100)),
        temperature: Math.round(between(random, 30, 50)),
        rpm: spec.rpm,
        used: index === 0 ? 'ZFS' : 'LVM',
        lastChecked: isoAt(now),
      };
    }),
  );
}

/** A healthy Ceph cluster with three pools across the cluster's nodes (none without them). */
export function buildCeph(nodes: Node[], random: () => number, now: number): CephCluster[] {
  const members = nodes.filter((node) => node.instance === MOCK_CLUSTER);
  if (members.length === 0) {
    return [];
  }
  const online = members.filter((node) => node.status === 'online').length;
  const osds = members.length * 2;
  const totalBytes = osds * 4 * TIB;
  const usedBytes = Math.round(totalBytes * between(random, 0.3, 0.6));
  const pools = ['rbd', 'cephfs_data', 'cephfs_metadata'].map((name, index) => ({
    id: index + 1,
    name,
    storedBytes: Math.round((usedBytes / 3) * (index === 2 ? 0.01 : 1)),
    availableBytes: Math.round((totalBytes - usedBytes) / 3),
    objects: Math.round(between(random, 1e4, 1e6)),
    percentUsed: round(between(random, 10, 50)),
  }));
  const degraded = online < members.length;

  return [
    {
      id: `${MOCK_CLUSTER}-mock-ceph-fsid`,
      instance: MOCK_CLUSTER,
      name: 'ceph',
      fsid: 'mock-ceph-fsid',
      health: degraded ? 'HEALTH_WARN' : 'HEALTH_OK',
      ...(degraded && { healthMessage: `${osds - online * 2} osds down` }),
      totalBytes,
      usedBytes,
      availableBytes: totalBytes - usedBytes,
      usagePercent: round((usedBytes / totalBytes) * 100),
      numMons: Math.min(3, members.length),
      numMgrs: Math.min(2, members.length),
      numOsds: osds,
      numOsdsUp: online * 2,
      numOsdsIn: osds,
      numPGs: 128 * pools.length,
      pools,
      services: [
        { type: 'mon', running: Math.min(3, online), total: Math.min(3, members.length) },
        { type: 'mgr', running: Math.min(2, online), total: Math.min(2, members.length) },
      ],
      lastUpdated: Math.floor(now / 1000),
    },
  ];
}

/** Up to eight guests of the cluster replicate to the next cluster node every 15 minutes. */
export function buildReplicationJobs(
  guests: (VM | Container)[],
  nodes: Node[],
  now: number,
): ReplicationJob[] {
  const members = nodes.filter((node) => node.instance === MOCK_CLUSTER).map((n) => n.node);
  if (members.length < 2) {
    return [];
  }
  const running = guests.filter((g) => g.instance === MOCK_CLUSTER && g.status === 'running');

  return running.slice(0, MAX_REPLICATION_JOBS).map((guest) => {
    const target = members[(members.indexOf(guest.node) + 1) % members.length];
    const lastSync = Math.floor(now / 900_000) * 900_000;
    const jobId = `${guest.vmid}-0`;

    return {
      id: `${MOCK_CLUSTER}-${jobId}`,
      instance: MOCK_CLUSTER,
      jobId,
      jobNumber: 0,
      guest: String(guest.vmid),
      guestId: guest.vmid,
      guestName: guest.name,
      guestType: guest.type,
      guestNode: guest.node,
      sourceNode: guest.node,
      targetNode: target,
      schedule: '*/15',
      type: 'local',
      enabled: true,
      state: 'ok',
      status: 'ok',
      lastSyncStatus: 'ok',
      lastSyncTime: lastSync,
      lastSyncUnix: lastSync / 1000,
      lastSyncDurationSeconds: 4,
      nextSyncTime: lastSync + 900_000,
      nextSyncUnix: (lastSync + 900_000) / 1000,
      failCount: 0,
      polledAt: now,
    };
  });
}
