import type { CephCluster, CephPool, CephService } from '@pulse/contracts';

import type { PveCephDaemon, PveCephPool, PveCephStatus } from '../../../upstream';
import { bytes, percent } from '../shared/units';

/** Storage types that live on Ceph; only instances with one of them are asked about Ceph. */
export const CEPH_STORAGE_TYPES = new Set(['rbd', 'cephfs', 'ceph']);

export function toCephCluster(
  instance: string,
  name: string,
  status: PveCephStatus,
  pools: readonly PveCephPool[],
  now: number,
): CephCluster {
  const { pgmap, osdmap } = status;
  const total = bytes(pgmap.bytesTotal);
  const used = bytes(pgmap.bytesUsed);
  const services = cephServices(status.services);
  const message = healthMessage(status);

  return {
    id: `${instance}-${status.fsid ?? 'ceph'}`,
    instance,
    name,
    ...(status.fsid ? { fsid: status.fsid } : {}),
    health: status.health.status ?? 'UNKNOWN',
    ...(message ? { healthMessage: message } : {}),
    totalBytes: total,
    usedBytes: used,
    availableBytes: bytes(pgmap.bytesAvail) || Math.max(0, total - used),
    usagePercent: percent(used, total),
    numMons: daemonCount(status.services['mon']),
    numMgrs: daemonCount(status.services['mgr']),
    numOsds: bytes(osdmap.numOsds),
    numOsdsUp: bytes(osdmap.numUpOsds),
    numOsdsIn: bytes(osdmap.numInOsds),
    numPGs: bytes(pgmap.numPgs),
    ...(pools.length ? { pools: pools.map(toCephPool) } : {}),
    ...(services.length ? { services } : {}),
    lastUpdated: Math.floor(now / 1000),
  };
}

/** `percent_used` is used / (used + max available), so the available bytes follow from it. */
export function toCephPool(pool: PveCephPool): CephPool {
  const stored = bytes(pool.bytesUsed);
  const share = pool.percentUsed ?? 0;
  const available = share > 0 && share < 1 ? Math.round((stored * (1 - share)) / share) : 0;

  return {
    id: pool.id ?? 0,
    name: pool.name,
    storedBytes: stored,
    availableBytes: available,
    objects: 0,
    percentUsed: Math.min(100, Math.max(0, share * 100)),
  };
}

function daemonCount(daemons: Record<string, PveCephDaemon> | undefined): number {
  return Object.keys(daemons ?? {}).length;
}

/** Running and total daemons per service; the ones not running named as API.md shows them. */
function cephServices(services: PveCephStatus['services']): CephService[] {
  return Object.entries(services).map(([type, daemons]) => {
    const entries = Object.entries(daemons);
    const down = entries.filter(([, daemon]) => !isRunningDaemon(daemon));
    const names = down.map(([name, daemon]) => `${type}.${name}@${daemon.hostname ?? '?'}`);
    const message = names.length ? `Offline: ${names.join(', ')}` : '';

    return {
      type,
      running: entries.length - down.length,
      total: entries.length,
      ...(message ? { message } : {}),
    };
  });
}

function isRunningDaemon(daemon: PveCephDaemon): boolean {
  return daemon.status === 'running' || daemon.status === 'active';
}

/** Summaries plus `CHECK: summary` per active health check, joined by `; `. */
function healthMessage(status: PveCephStatus): string {
  const summaries = status.health.summary
    .map((entry) => entry.summary ?? entry.message ?? '')
    .filter(Boolean);
  const checks = Object.entries(status.health.checks).map(
    ([name, check]) => `${name}: ${check.summary ?? check.details[0] ?? ''}`,
  );

  return [...summaries, ...checks].join('; ');
}
