import { InstancePoller } from '../scheduler/instance-poller';
import { Semaphore } from '../scheduler/semaphore';
import {
  pollTarget,
  RecordingSink,
  schedulerOptions,
  ScriptedCollector,
} from '../testing/poll-fixtures';
import { expectSchedulerHealthShape } from '../testing/scheduler-health-shape';
import { buildSchedulerHealth } from './scheduler-health.builder';

const NOW = Date.UTC(2025, 5, 1, 12);
const denied = { message: 'authentication failure', category: 'permanent' as const, kind: 'auth' };
const flaky = { message: 'HTTP 500', category: 'transient' as const, kind: 'upstream5xx' };

function poller(name: string, type: 'pve' | 'pbs' | 'pmg' = 'pve'): InstancePoller {
  const target = pollTarget({ id: `${type}-${name}`, name, type, host: `https://${name}:8006` });

  return new InstancePoller(target, new ScriptedCollector(), {
    options: schedulerOptions({
      breakerThreshold: 2,
      deadLetterRetryMs: 60_000,
      maxBackoffMs: 60_000,
    }),
    intervalMs: () => 10_000,
    slots: new Semaphore(1),
    sink: new RecordingSink(),
    random: () => 0.5,
  });
}

describe('buildSchedulerHealth', () => {
  it('answers an empty scheduler without the optional lists', () => {
    const health = buildSchedulerHealth([], true, NOW);

    expect(health).toEqual({
      updatedAt: '2025-06-01T12:00:00.000Z',
      enabled: true,
      queue: { depth: 0, dueWithinSeconds: 0, perType: {} },
      deadLetter: { count: 0, tasks: [] },
      instances: [],
    });
    expectSchedulerHealthShape(health);
  });

  it('sorts instances by key and reports a fresh, a failing and a dead-lettered one', () => {
    const fresh = poller('zeta');
    fresh.health.recordSuccess(NOW - 1000);
    fresh.nextRunAt = NOW + 9000;
    const failing = poller('backup', 'pbs');
    failing.health.recordSuccess(NOW - 60_000);
    failing.health.recordFailure(NOW - 20_000, flaky, 10_000);
    failing.health.recordFailure(NOW - 10_000, flaky, 10_000);
    failing.nextRunAt = NOW + 30_000;
    const dead = poller('mail', 'pmg');
    dead.health.recordFailure(NOW - 5000, denied, 10_000);
    dead.nextRunAt = NOW + 55_000;

    const health = expectSchedulerHealthShape(
      buildSchedulerHealth([fresh, dead, failing], true, NOW),
    );

    expect(health.instances.map((item) => item.key)).toEqual([
      'pbs::backup',
      'pmg::mail',
      'pve::zeta',
    ]);
    expect(health.queue).toEqual({ depth: 2, dueWithinSeconds: 1, perType: { pbs: 1, pve: 1 } });
    expect(health.deadLetter).toEqual({
      count: 1,
      tasks: [
        {
          instance: 'mail',
          type: 'pmg',
          nextRun: new Date(NOW + 55_000).toISOString(),
          lastError: 'authentication failure',
          failures: 1,
        },
      ],
    });
    expect(health.breakers).toEqual([
      {
        instance: 'backup',
        type: 'pbs',
        state: 'open',
        failures: 2,
        retryAt: new Date(NOW + 10_000).toISOString(),
      },
      {
        instance: 'mail',
        type: 'pmg',
        state: 'open',
        failures: 1,
        retryAt: new Date(NOW + 55_000).toISOString(),
      },
    ]);
    expect(health.staleness?.map((item) => [item.instance, item.score])).toEqual([
      ['backup', 1],
      ['mail', 1],
      ['zeta', 0],
    ]);
    expect(health.staleness?.[1].lastSuccess).toBe('0001-01-01T00:00:00Z');
    expect(health.instances[0]).toEqual({
      key: 'pbs::backup',
      type: 'pbs',
      displayName: 'backup',
      instance: 'backup',
      connection: 'https://backup:8006',
      pollStatus: {
        lastSuccess: new Date(NOW - 60_000).toISOString(),
        lastError: {
          at: new Date(NOW - 10_000).toISOString(),
          message: 'HTTP 500',
          category: 'transient',
        },
        consecutiveFailures: 2,
        firstFailureAt: new Date(NOW - 20_000).toISOString(),
      },
      breaker: {
        state: 'open',
        since: new Date(NOW - 10_000).toISOString(),
        lastTransition: new Date(NOW - 10_000).toISOString(),
        retryAt: new Date(NOW + 10_000).toISOString(),
        failureCount: 2,
      },
      deadLetter: { present: false },
    });
    expect(health.instances[1].deadLetter).toEqual({
      present: true,
      reason: 'permanent_failure',
      firstAttempt: new Date(NOW - 5000).toISOString(),
      lastAttempt: new Date(NOW - 5000).toISOString(),
      retryCount: 1,
      nextRetry: new Date(NOW + 55_000).toISOString(),
    });
  });

  it('lists at most 25 dead-letter tasks but counts them all', () => {
    const pollers = Array.from({ length: 30 }, (_, i) => {
      const item = poller(`node${String(i).padStart(2, '0')}`);
      item.health.recordFailure(NOW, denied, 10_000);

      return item;
    });

    const health = expectSchedulerHealthShape(buildSchedulerHealth(pollers, true, NOW));

    expect(health.deadLetter.count).toBe(30);
    expect(health.deadLetter.tasks).toHaveLength(25);
    expect(health.queue.depth).toBe(0);
  });
});
