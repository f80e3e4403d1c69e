import type {
  SchedulerBreakerSummary,
  SchedulerDeadLetterTask,
  SchedulerHealthResponse,
  SchedulerInstanceHealth,
  SchedulerQueueSnapshot,
  SchedulerStalenessEntry,
} from '@pulse/contracts';

import { ZERO_TIME } from '../collectors/shared/units';
import type { InstancePoller } from '../scheduler/instance-poller';
import { DUE_SOON_MS } from '../scheduler/scheduler-options';

const MAX_DEAD_LETTER_TASKS = 25;

/** The `/api/monitoring/scheduler/health` body for the current pollers, sorted by key. */
export function buildSchedulerHealth(
  unsorted: InstancePoller[],
  enabled: boolean,
  now: number,
): SchedulerHealthResponse {
  const pollers = [...unsorted].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  const dead = pollers.filter((poller) => poller.health.deadLetter);
  const breakers = pollers.flatMap(breakerSummary);

  return {
    updatedAt: iso(now),
    enabled,
    queue: queueOf(pollers, now),
    deadLetter: {
      count: dead.length,
      tasks: dead.slice(0, MAX_DEAD_LETTER_TASKS).map(deadLetterTask),
    },
    // Left out when empty, as the original's `omitempty` did.
    ...(breakers.length > 0 && { breakers }),
    ...(pollers.length > 0 && { staleness: pollers.map((poller) => staleness(poller, now)) }),
    instances: pollers.map(instanceHealth),
  };
}

function queueOf(pollers: InstancePoller[], now: number): SchedulerQueueSnapshot {
  const queued = pollers.filter((poller) => poller.queued);
  const perType: Record<string, number> = {};
  for (const poller of queued) {
    perType[poller.target.type] = (perType[poller.target.type] ?? 0) + 1;
  }
  const due = queued.filter((poller) => poller.nextRunAt - now <= DUE_SOON_MS);

  return { depth: queued.length, dueWithinSeconds: due.length, perType };
}

function deadLetterTask(poller: InstancePoller): SchedulerDeadLetterTask {
  const { health, target } = poller;

  return {
    instance: target.name,
    type: target.type,
    nextRun: iso(poller.nextRunAt),
    ...(health.lastError && { lastError: health.lastError.message }),
    failures: health.consecutiveFailures,
  };
}

function breakerSummary(poller: InstancePoller): SchedulerBreakerSummary[] {
  const { breaker } = poller.health;
  if (breaker.state === 'closed' && breaker.failureCount === 0) {
    return [];
  }

  return [
    {
      instance: poller.target.name,
      type: poller.target.type,
      state: breaker.state,
      failures: breaker.failureCount,
      ...optionalTime('retryAt', breaker.retryAt),
    },
  ];
}

function staleness(poller: InstancePoller, now: number): SchedulerStalenessEntry {
  const { health, target } = poller;

  return {
    instance: target.name,
    type: target.type,
    score: round(health.stalenessScore(now, poller.intervalMs)),
    lastSuccess: health.lastSuccessAt === undefined ? ZERO_TIME : iso(health.lastSuccessAt),
    ...optionalTime('lastError', health.lastError?.at),
  };
}

function instanceHealth(poller: InstancePoller): SchedulerInstanceHealth {
  const { health, target } = poller;
  const { breaker, lastError, deadLetter } = health;

  return {
    key: keyOf(poller),
    type: target.type,
    displayName: target.name,
    instance: target.name,
    connection: target.host,
    pollStatus: {
      ...optionalTime('lastSuccess', health.lastSuccessAt),
      ...(lastError && {
        lastError: {
          at: iso(lastError.at),
          message: lastError.message,
          category: lastError.category,
        },
      }),
      consecutiveFailures: health.consecutiveFailures,
      ...optionalTime('firstFailureAt', health.firstFailureAt),
    },
    breaker: {
      state: breaker.state,
      ...optionalTime('since', breaker.since),
      ...optionalTime('lastTransition', breaker.lastTransition),
      ...optionalTime('retryAt', breaker.retryAt),
      failureCount: breaker.failureCount,
    },
    deadLetter: deadLetter
      ? {
          present: true,
          reason: deadLetter.reason,
          firstAttempt: iso(deadLetter.firstAttempt),
          lastAttempt: iso(deadLetter.lastAttempt),
          retryCount: deadLetter.retryCount,
          nextRetry: iso(deadLetter.nextRetry),
        }
      : { present: false },
  };
}

function keyOf(poller: InstancePoller): string {
  return `${poller.target.type}::${poller.target.name}`;
}

function optionalTime<K extends string>(
  key: K,
  ms: number | undefined,
): Partial<Record<K, string>> {
  return ms === undefined ? {} : ({ [key]: iso(ms) } as Record<K, string>);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
