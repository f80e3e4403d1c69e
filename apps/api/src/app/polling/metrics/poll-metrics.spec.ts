import { MetricsService } from '../../../services/metrics/metrics.service';
import { InstancePoller } from '../scheduler/instance-poller';
import { Semaphore } from '../scheduler/semaphore';
import {
  pollTarget,
  RecordingSink,
  schedulerOptions,
  ScriptedCollector,
} from '../testing/poll-fixtures';
import { PollMetrics } from './poll-metrics.service';

const failure = { message: 'HTTP 500', category: 'transient' as const, kind: 'upstream5xx' };

function poller(name: string, type: 'pve' | 'pbs' = 'pve'): InstancePoller {
  return new InstancePoller(
    pollTarget({ id: `${type}-${name}`, name, type }),
    new ScriptedCollector(),
    {
      options: schedulerOptions({ breakerThreshold: 2 }),
      intervalMs: () => 1000,
      slots: new Semaphore(1),
      sink: new RecordingSink(),
    },
  );
}

/** The sample lines of one metric family, without HELP/TYPE. */
async function samples(metrics: MetricsService, name: string): Promise<string[]> {
  const text = await metrics.render();

  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
}

describe('PollMetrics', () => {
  let metrics: MetricsService;
  let poll: PollMetrics;
  let pollers: InstancePoller[];

  beforeEach(() => {
    metrics = new MetricsService();
    poll = new PollMetrics(metrics);
    pollers = [poller('lab'), poller('store', 'pbs')];
    poll.watch(() => pollers);
  });

  it('counts cycles by result and error kind, and node results of PVE cycles', async () => {
    const [lab] = pollers;
    const nodes = [
      { node: 'pve1', ok: true },
      { node: 'pve2', ok: false },
    ];
    poll.recordCycle(lab, { ok: true, durationMs: 120, waitMs: 5, warnings: [], nodes });
    poll.recordCycle(lab, { ok: false, durationMs: 30, waitMs: 0, failure });

    expect(await samples(metrics, 'pulse_monitor_poll_total')).toEqual([
      'pulse_monitor_poll_total{instance="lab",type="pve",result="success"} 1',
      'pulse_monitor_poll_total{instance="lab",type="pve",result="error"} 1',
    ]);
    expect(await samples(metrics, 'pulse_monitor_poll_errors_total')).toEqual([
      'pulse_monitor_poll_errors_total{instance="lab",type="pve",kind="upstream5xx"} 1',
    ]);
    expect(await samples(metrics, 'pulse_monitor_node_poll_total')).toEqual([
      'pulse_monitor_node_poll_total{instance="lab",type="pve",node="pve1",result="success"} 1',
      'pulse_monitor_node_poll_total{instance="lab",type="pve",node="pve2",result="error"} 1',
    ]);
    const nodeLast = await samples(metrics, 'pulse_monitor_node_poll_last_success_timestamp');
    expect(nodeLast).toHaveLength(1);
    expect(nodeLast[0]).toContain('node="pve1"');
    expect(await samples(metrics, 'pulse_scheduler_queue_wait_seconds_count')).toEqual([
      'pulse_scheduler_queue_wait_seconds_count{instance="lab",type="pve"} 2',
    ]);
  });

  it('reads breaker, staleness and queue gauges from the pollers at scrape time', async () => {
    const [lab, store] = pollers;
    const now = Date.now();
    lab.health.recordSuccess(now - 4000);
    store.health.recordFailure(now, failure, 1000);
    store.health.recordFailure(now, failure, 1000);

    expect(await samples(metrics, 'pulse_scheduler_breaker_state')).toEqual([
      'pulse_scheduler_breaker_state{instance="lab",type="pve"} 0',
      'pulse_scheduler_breaker_state{instance="store",type="pbs"} 2',
    ]);
    expect(await samples(metrics, 'pulse_scheduler_breaker_failure_count')).toEqual([
      'pulse_scheduler_breaker_failure_count{instance="lab",type="pve"} 0',
      'pulse_scheduler_breaker_failure_count{instance="store",type="pbs"} 2',
    ]);
    const retry = await samples(metrics, 'pulse_scheduler_breaker_retry_seconds');
    expect(retry[0]).toBe('pulse_scheduler_breaker_retry_seconds{instance="lab",type="pve"} 0');
    expect(Number(retry[1].split(' ')[1])).toBeGreaterThan(0);
    const last = await samples(metrics, 'pulse_monitor_poll_last_success_timestamp');
    expect(last).toEqual([
      `pulse_monitor_poll_last_success_timestamp{instance="lab",type="pve"} ${(now - 4000) / 1000}`,
    ]);
    const stale = await samples(metrics, 'pulse_monitor_poll_staleness_seconds');
    expect(Number(stale[0].split(' ')[1])).toBeGreaterThanOrEqual(4);
    expect(stale[1]).toBe('pulse_monitor_poll_staleness_seconds{instance="store",type="pbs"} -1');
    expect(await samples(metrics, 'pulse_monitor_poll_queue_depth')).toEqual([
      'pulse_monitor_poll_queue_depth 2',
    ]);
    expect(await samples(metrics, 'pulse_scheduler_queue_due_soon')).toEqual([
      'pulse_scheduler_queue_due_soon 2',
    ]);
    expect(await samples(metrics, 'pulse_monitor_poll_inflight')).toEqual([
      'pulse_monitor_poll_inflight 0',
    ]);
    expect(await samples(metrics, 'pulse_scheduler_queue_depth')).toEqual([
      'pulse_scheduler_queue_depth{type="pve"} 1',
      'pulse_scheduler_queue_depth{type="pbs"} 1',
    ]);
  });

  it('drops every series of a removed instance', async () => {
    const [lab] = pollers;
    const nodes = [{ node: 'pve1', ok: true }];
    poll.recordCycle(lab, { ok: true, durationMs: 1, waitMs: 0, warnings: [], nodes });
    poll.recordCycle(lab, { ok: false, durationMs: 1, waitMs: 0, failure });
    poll.forget(lab);
    pollers = pollers.slice(1);

    const text = await metrics.render();
    expect(text).not.toContain('instance="lab"');
    expect(text).toContain('instance="store"');
  });
});
