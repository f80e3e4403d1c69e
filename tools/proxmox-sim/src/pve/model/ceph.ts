import { TiB } from '../../core/units';
import { PveCluster } from './pve-cluster';

const OSD_SIZE = 3.84 * 1e12;

interface CephCounts {
  osds: number;
  up: number;
  downNodes: string[];
}

function counts(cluster: PveCluster): CephCounts {
  const osdNodes = cluster.nodes.filter((node) => node.osds > 0);
  const down = osdNodes.filter((node) => !cluster.isNodeOnline(node.name));
  const osds = osdNodes.reduce((sum, node) => sum + node.osds, 0);
  const up = osds - down.reduce((sum, node) => sum + node.osds, 0);

  return { osds, up, downNodes: down.map((node) => node.name) };
}

function usedBytes(cluster: PveCluster): { data: number; raw: number } {
  const rbd = cluster.guests.filter((g) => g.storage === 'ceph-rbd');
  const data = rbd.reduce((sum, g) => sum + g.diskUsed, 0) + 0.4 * TiB;
  const fs = cluster.backupsOn('cephfs', '').reduce((sum, b) => sum + b.size, 0) + 0.6 * TiB;

  return { data: data + fs, raw: (data + fs) * 3 };
}

/** `/cluster/ceph/status`: a Ceph status document that degrades when OSD nodes go offline. */
export function cephStatus(cluster: PveCluster, fsid: string) {
  const c = counts(cluster);
  const { data, raw } = usedBytes(cluster);
  const monitors = cluster.nodes.slice(0, 3);
  const checks = healthChecks(c);

  return {
    fsid,
    health: {
      status: Object.keys(checks).length > 0 ? 'HEALTH_WARN' : 'HEALTH_OK',
      checks,
      mutes: [],
    },
    election_epoch: 42,
    quorum: monitors.map((_, i) => i),
    quorum_names: monitors.map((node) => node.name),
    monmap: monmap(cluster, fsid),
    mgrmap: { available: true, num_standbys: Math.min(cluster.nodes.length, 2) - 1 },
    osdmap: { epoch: 812, num_osds: c.osds, num_up_osds: c.up, num_in_osds: c.osds },
    pgmap: pgmap(c, data, raw, Math.round(c.osds * OSD_SIZE)),
    servicemap: servicemap(cluster),
  };
}

function monmap(cluster: PveCluster, fsid: string) {
  const monitors = cluster.nodes.slice(0, 3);
  const mons = monitors.map((node, rank) => ({
    rank,
    name: node.name,
    public_addr: `${node.ip}:6789/0`,
  }));

  return { epoch: 3, fsid, num_mons: mons.length, mons };
}

function servicemap(cluster: PveCluster) {
  const names = (count: number) => cluster.nodes.slice(0, count).map((node) => node.name);

  return {
    epoch: 12,
    modified: '2025-06-01T10:00:00.000000+0000',
    services: {
      mon: { daemons: daemonMap(cluster, names(3)) },
      mgr: { daemons: daemonMap(cluster, names(2)) },
    },
  };
}

function healthChecks(c: CephCounts) {
  if (c.up === c.osds) return {};
  const down = c.osds - c.up;

  return {
    OSD_DOWN: {
      severity: 'HEALTH_WARN',
      summary: { message: `${down} osds down`, count: down },
      muted: false,
    },
    OSD_HOST_DOWN: {
      severity: 'HEALTH_WARN',
      summary: {
        message: `${c.downNodes.length} host (${down} osds) down`,
        count: c.downNodes.length,
      },
      muted: false,
    },
    PG_DEGRADED: {
      severity: 'HEALTH_WARN',
      summary: {
        message: 'Degraded data redundancy: 1024/3072 objects degraded (33.333%)',
        count: 64,
      },
      muted: false,
    },
  };
}

function pgmap(c: CephCounts, data: number, raw: number, total: number) {
  const degraded = c.up < c.osds;

  return {
    pgs_by_state: [
      { state_name: degraded ? 'active+undersized+degraded' : 'active+clean', count: 289 },
    ],
    num_pgs: 289,
    num_pools: 4,
    num_objects: Math.round(data / (4 * 1024 * 1024)),
    data_bytes: Math.round(data),
    bytes_used: Math.round(raw),
    bytes_avail: Math.max(0, total - Math.round(raw)),
    bytes_total: total,
    read_bytes_sec: 18_400_000,
    write_bytes_sec: 9_200_000,
    read_op_per_sec: 410,
    write_op_per_sec: 230,
    ...(degraded ? { degraded_objects: 1024, degraded_total: 3072, degraded_ratio: 0.3333 } : {}),
  };
}

function daemonMap(cluster: PveCluster, names: string[]) {
  const daemons: Record<string, unknown> = { summary: '' };
  for (const name of names) {
    daemons[name] = { hostname: name, status: cluster.isNodeOnline(name) ? 'running' : 'stopped' };
  }

  return daemons;
}

/** `/nodes/{node}/ceph/pool`: per-pool usage (the per-pool data `/cluster/ceph/df` never gives). */
export function cephPools(cluster: PveCluster) {
  const { data } = usedBytes(cluster);
  const total = counts(cluster).osds * OSD_SIZE;
  const pool = (id: number, name: string, bytes: number, pgs: number, app: string) => ({
    pool: id,
    pool_name: name,
    size: 3,
    min_size: 2,
    pg_num: pgs,
    pg_autoscale_mode: 'on',
    crush_rule: 0,
    crush_rule_name: 'replicated_rule',
    type: 'replicated',
    bytes_used: Math.round(bytes * 3),
    percent_used: total > 0 ? Math.min(1, (bytes * 3) / total) : 0,
    application_metadata: { [app]: {} },
  });

  return [
    pool(1, '.mgr', 20 * 1024 * 1024, 1, 'mgr'),
    pool(2, 'vm-pool', data * 0.8, 128, 'rbd'),
    pool(3, 'cephfs_data', data * 0.2, 128, 'cephfs'),
    pool(4, 'cephfs_metadata', 300 * 1024 * 1024, 32, 'cephfs'),
  ];
}
