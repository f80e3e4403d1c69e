import type { PmgInstance, PmgMailCount, PmgMailStats, PmgQueueStatus } from '@pulse/contracts';

import { between } from './prng';
import { isoAt, round } from './mock-usage';

const HOUR_MS = 3_600_000;
const SPAM_SCORES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

/** `pmg-main` always, `pmg-edge` on some seeds. Ids are `pmg-<name>`. */
export function buildPmgInstances(random: () => number, now: number): PmgInstance[] {
  const names = random() < 0.35 ? ['main', 'edge'] : ['main'];

  return names.map((name) => buildPmg(name, random, now));
}

function buildPmg(name: string, random: () => number, now: number): PmgInstance {
  const mailCount = hourlyCounts(random, now);

  return {
    id: `pmg-${name}`,
    name,
    host: `https://pmg-${name}.local:8006`,
    status: 'online',
    version: '8.1.2',
    nodes: [
      {
        name: `pmg-${name}`,
        status: 'online',
        role: 'master',
        uptime: Math.round(between(random, 5, 90) * 86_400),
        loadAvg: [0.3, 0.25, 0.2].map((load) => (load + random() * 0.2).toFixed(2)).join(', '),
        queueStatus: queueStatus(random, now),
      },
    ],
    mailStats: totalsOf(mailCount, random, now),
    mailCount,
    spamDistribution: SPAM_SCORES.map((score, index) => ({
      score,
      count: Math.round(between(random, 5, 400) / (index + 1)),
    })),
    quarantine: {
      spam: Math.round(between(random, 20, 300)),
      virus: Math.round(between(random, 0, 10)),
      attachment: 0,
      blacklisted: 0,
    },
    connectionHealth: 'healthy',
    lastSeen: isoAt(now),
    lastUpdated: isoAt(now),
  };
}

/** The mail queue: a few messages in flight, fresh on every call. */
export function queueStatus(random: () => number, now: number): PmgQueueStatus {
  const active = Math.round(between(random, 0, 5));
  const deferred = Math.round(between(random, 0, 10));
  const incoming = Math.round(between(random, 0, 3));

  return {
    active,
    deferred,
    hold: 0,
    incoming,
    total: active + deferred + incoming,
    oldestAge: Math.round(between(random, 0, 600)),
    updatedAt: isoAt(now),
  };
}

/** 24 hourly points ending at the current hour, busier in the daytime. */
function hourlyCounts(random: () => number, now: number): PmgMailCount[] {
  const thisHour = Math.floor(now / HOUR_MS) * HOUR_MS;

  return Array.from({ length: 24 }, (_, index) => {
    const start = thisHour - (23 - index) * HOUR_MS;
    const hour = new Date(start).getUTCHours();
    const busy = hour >= 7 && hour <= 19 ? 3 : 1;
    const countIn = Math.round(between(random, 40, 120) * busy);
    const countOut = Math.round(countIn * between(random, 0.3, 0.6));
    const spamIn = Math.round(countIn * between(random, 0.1, 0.3));

    return {
      timestamp: isoAt(start),
      count: countIn + countOut,
      countIn,
      countOut,
      spamIn,
      spamOut: 0,
      virusIn: Math.round(between(random, 0, 2)),
      virusOut: 0,
      rblRejects: Math.round(spamIn * 0.3),
      pregreet: Math.round(between(random, 0, 10)),
      bouncesIn: Math.round(between(random, 0, 4)),
      bouncesOut: Math.round(between(random, 0, 2)),
      greylist: Math.round(countIn * 0.1),
      index,
      timeframe: 'hour',
      windowStart: isoAt(start),
      windowEnd: isoAt(start + HOUR_MS),
    };
  });
}

function totalsOf(points: PmgMailCount[], random: () => number, now: number): PmgMailStats {
  const sum = (pick: (point: PmgMailCount) => number) =>
    points.reduce((total, point) => total + pick(point), 0);
  const countIn = sum((point) => point.countIn);
  const countOut = sum((point) => point.countOut);

  return {
    timeframe: 'day',
    countTotal: countIn + countOut,
    countIn,
    countOut,
    spamIn: sum((point) => point.spamIn),
    spamOut: 0,
    virusIn: sum((point) => point.virusIn),
    virusOut: 0,
    bouncesIn: sum((point) => point.bouncesIn),
    bouncesOut: sum((point) => point.bouncesOut),
    bytesIn: countIn * 48_000,
    bytesOut: countOut * 32_000,
    greylistCount: sum((point) => point.greylist),
    junkIn: Math.round(countIn * 0.02),
    averageProcessTimeMs: round(between(random, 200, 900)),
    rblRejects: sum((point) => point.rblRejects),
    pregreetRejects: sum((point) => point.pregreet),
    updatedAt: isoAt(now),
  };
}
