import type {
  PmgBackup as PmgBackupItem,
  PmgInstance,
  PmgMailCount,
  PmgMailStats,
  PmgNode,
  PmgQuarantine,
  PmgQueueStatus,
} from '@pulse/contracts';

import type {
  PmgBackup,
  PmgClusterNode,
  PmgMailCountPoint,
  PmgMailStatistics,
  PmgNodeStatus,
  PmgQshapeRow,
  PmgQueueCounts,
  PmgQuarantineStatus,
  PmgSpamScore,
} from '../../../upstream';
import { bytes, isoFromMs, isoFromSeconds } from '../shared/units';

/** `pmg-<name>`: the id of the instance and its key in `connectionHealth`. */
export function pmgKey(name: string): string {
  return `pmg-${name}`;
}

const n = (value: number | undefined) => value ?? 0;

/** Queue lengths plus the age of the oldest deferred mail (from qshape's `TOTAL` row). */
export function toQueueStatus(
  counts: PmgQueueCounts,
  qshape: readonly PmgQshapeRow[] | undefined,
  now: number,
): PmgQueueStatus {
  const { active, deferred, hold, incoming } = counts;

  return {
    active,
    deferred,
    hold,
    incoming,
    total: active + deferred + hold + incoming,
    oldestAge: oldestAgeSeconds(qshape),
    updatedAt: isoFromMs(now),
  };
}

/** Lower bound of the oldest non-empty age bucket; labels are minutes (`5`, `10m`, `1280+`). */
export function oldestAgeSeconds(qshape: readonly PmgQshapeRow[] | undefined): number {
  const total = qshape?.find((row) => row.domain === 'TOTAL') ?? qshape?.[0];
  let oldest = 0;
  for (const [label, count] of Object.entries(total?.buckets ?? {})) {
    const match = /^(\d+)\s*([ms]?)\+?$/i.exec(label.trim());
    if (match && count > 0) {
      const seconds = Number(match[1]) * (match[2].toLowerCase() === 's' ? 1 : 60);
      oldest = Math.max(oldest, seconds);
    }
  }

  return oldest;
}

export function toPmgNode(
  member: PmgClusterNode,
  status: PmgNodeStatus | undefined,
  queueStatus: PmgQueueStatus | undefined,
): PmgNode {
  return {
    name: member.name,
    status: status ? 'online' : 'offline',
    ...(member.type ? { role: member.type } : {}),
    ...(status?.uptime !== undefined ? { uptime: bytes(status.uptime) } : {}),
    ...(status?.loadavg.length
      ? { loadAvg: status.loadavg.map((v) => v.toFixed(2)).join(', ') }
      : {}),
    ...(queueStatus ? { queueStatus } : {}),
  };
}

/** Totals over PMG's default window (the last 24 hours). */
export function toMailStats(stats: PmgMailStatistics, now: number): PmgMailStats {
  return {
    timeframe: 'day',
    countTotal: n(stats.count),
    countIn: n(stats.countIn),
    countOut: n(stats.countOut),
    spamIn: n(stats.spamcountIn),
    spamOut: n(stats.spamcountOut),
    virusIn: n(stats.viruscountIn),
    virusOut: n(stats.viruscountOut),
    bouncesIn: n(stats.bouncesIn),
    bouncesOut: n(stats.bouncesOut),
    bytesIn: n(stats.bytesIn),
    bytesOut: n(stats.bytesOut),
    greylistCount: n(stats.glcount),
    junkIn: n(stats.junkIn),
    averageProcessTimeMs: n(stats.avptime) * 1000,
    rblRejects: n(stats.rblRejects),
    pregreetRejects: n(stats.pregreetRejects),
    updatedAt: isoFromMs(now),
  };
}

/** One point per bucket of `timespanS` seconds (hourly). */
export function toMailCounts(
  points: readonly PmgMailCountPoint[],
  timespanS: number,
): PmgMailCount[] {
  return points.map((point, i) => ({
    timestamp: isoFromSeconds(point.time),
    count: n(point.count),
    countIn: n(point.countIn),
    countOut: n(point.countOut),
    spamIn: n(point.spamcountIn),
    spamOut: n(point.spamcountOut),
    virusIn: n(point.viruscountIn),
    virusOut: n(point.viruscountOut),
    rblRejects: n(point.rblRejects),
    pregreet: n(point.pregreetRejects),
    bouncesIn: n(point.bouncesIn),
    bouncesOut: n(point.bouncesOut),
    greylist: n(point.glcount),
    index: point.index ?? i,
    timeframe: timespanS === 3600 ? 'hour' : `${timespanS}s`,
    windowStart: isoFromSeconds(point.time),
    windowEnd: isoFromSeconds(point.time + timespanS),
  }));
}

export function toSpamDistribution(scores: readonly PmgSpamScore[]) {
  return scores.map((score) => ({ score: score.level, count: n(score.count) }));
}

/** PMG reports spam and virus quarantine sizes; attachment and blacklist counts stay 0. */
export function toQuarantine(
  spam: PmgQuarantineStatus | undefined,
  virus: PmgQuarantineStatus | undefined,
): PmgQuarantine {
  return { spam: n(spam?.count), virus: n(virus?.count), attachment: 0, blacklisted: 0 };
}

export function toPmgBackup(instance: string, node: string, backup: PmgBackup): PmgBackupItem {
  return {
    id: `pmg-${instance}-${node}-${backup.timestamp ?? 0}`,
    instance,
    node,
    filename: backup.filename,
    backupTime: isoFromSeconds(backup.timestamp),
    size: bytes(backup.size),
  };
}

export type PmgParts = Pick<
  PmgInstance,
  'nodes' | 'mailStats' | 'mailCount' | 'spamDistribution' | 'quarantine'
>;

export function toPmgInstance(
  target: { name: string; host: string },
  version: string,
  parts: PmgParts,
  now: number,
): PmgInstance {
  const defined = Object.entries(parts).filter(([, value]) => value !== undefined);

  return {
    id: pmgKey(target.name),
    name: target.name,
    host: target.host,
    status: 'online',
    version,
    ...(Object.fromEntries(defined) as PmgParts),
    connectionHealth: 'healthy',
    lastSeen: isoFromMs(now),
    lastUpdated: isoFromMs(now),
  };
}
