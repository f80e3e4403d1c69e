import type { ZfsPool } from '@pulse/contracts';

import { UpstreamError } from '../../upstream';
import {
  fail,
  hang,
  nodeResult,
  pollTarget,
  RecordingSink,
  schedulerOptions,
  ScriptedCollector,
  succeed,
} from '../testing/poll-fixtures';
import { InstancePoller } from './instance-poller';
import { SchedulerOptions } from './scheduler-options';
import { Semaphore } from './semaphore';

const T0 = Date.UTC(2025, 0, 1);
const INTERVAL = 1000;
const serverError = new UpstreamError({
  kind: 'upstream5xx',
  message: 'HTTP 500',
  product: 'pve',
  endpoint: '127.0.0.1:8006',
});

interface Setup {
  collector?: ScriptedCollector;
  options?: Partial<SchedulerOptions>;
  slots?: Semaphore;
  id?: string;
}

function startPoller(setup: Setup = {}) {
  const collector = setup.collector ?? new ScriptedCollector();
  const sink = new RecordingSink();
  const poller = new InstancePoller(pollTarget({ id: setup.id ?? 'pve-0' }), collector, {
    options: schedulerOptions(setup.options),
    intervalMs: () => INTERVAL,
    slots: setup.slots ?? new Semaphore(8),
    sink,
    random: () => 0.5,
  });
  poller.start();

  return { poller, collector, sink };
}

function zfsPool(name: string): ZfsPool {
  const counts = { readErrors: 0, writeErrors: 0, checksumErrors: 0 };

  return { name, state: 'ONLINE', status: '', scan: '', ...counts, devices: [] };
}

const since = (collector: ScriptedCollector) => collector.contexts.map((c) => c.now - T0);

describe('InstancePoller', () => {
  const pollers: InstancePoller[] = [];
  const run = (setup: Setup = {}) => {
    const started = startPoller(setup);
    pollers.push(started.poller);

    return started;
  };

  beforeEach(() => jest.useFakeTimers({ now: T0 }));

  afterEach(async () => {
    await Promise.all(pollers.splice(0).map((poller) => poller.stop()));
    jest.useRealTimers();
  });

  it('polls at once, then on its interval, with the slow data every N cycles', async () => {
    const { collector, sink } = run({ options: { slowEveryCycles: 3 } });
    await jest.advanceTimersByTimeAsync(3500);

    expect(since(collector)).toEqual([0, 1000, 2000, 3000]);
    expect(collector.contexts.map((c) => c.cycle)).toEqual([0, 1, 2, 3]);
    expect(collector.contexts.map((c) => c.includeSlow)).toEqual([true, false, false, true]);
    expect(sink.batches[0]).toMatchObject({
      source: 'pve:pve-0',
      at: T0,
      connectionHealth: { lab: true },
    });
    expect(sink.events).toEqual(['online']);
  });

  it('keeps a failed slow cycle due for the next cycle', async () => {
    const collector = new ScriptedCollector(fail(serverError), succeed(), succeed());
    run({ collector, options: { slowEveryCycles: 10 } });
    await jest.advanceTimersByTimeAsync(2000);

    expect(collector.contexts.map((c) => c.includeSlow)).toEqual([true, true, false]);
  });

  it('uses a slow-data interval instead of cycles when one is set', async () => {
    const { collector } = run({ options: { slowIntervalMs: 2500 } });
    await jest.advanceTimersByTimeAsync(6000);

    const slowAt = collector.contexts.filter((c) => c.includeSlow).map((c) => c.now - T0);
    expect(slowAt).toEqual([0, 3000, 6000]);
  });

  it('passes the ZFS pools of a slow cycle on to the state, and none from a fast one', async () => {
    const zfsPools = { 'lab-pve1-tank': zfsPool('tank') };
    const collector = new ScriptedCollector(succeed({ ...nodeResult(), zfsPools }), succeed());
    const { sink } = run({ collector });
    await jest.advanceTimersByTimeAsync(1500);

    expect(sink.batches.map((batch) => batch.zfsPools)).toEqual([zfsPools, undefined]);
    expect(sink.batches[1]).not.toHaveProperty('zfsPools');
  });

  it('backs off, opens the breaker, probes half-open and closes on success', async () => {
    const collector = new ScriptedCollector(fail(serverError));
    const { poller, sink } = run({ collector });
    await jest.advanceTimersByTimeAsync(3000);

    expect(since(collector)).toEqual([0, 1000, 3000]);
    expect(poller.health.breaker).toMatchObject({ state: 'open', retryAt: T0 + 7000 });
    expect(sink.events).toEqual(['offline', 'breaker-opened']);

    collector.continueWith(succeed());
    await jest.advanceTimersByTimeAsync(3999);
    expect(collector.contexts).toHaveLength(3);

    await jest.advanceTimersByTimeAsync(1);
    expect(since(collector)).toEqual([0, 1000, 3000, 7000]);
    expect(poller.health.breaker.state).toBe('closed');
    expect(sink.events.slice(2)).toEqual(['breaker-half-open', 'online', 'breaker-closed']);
  });

  it('dead-letters an instance that keeps failing and probes it rarely', async () => {
    const collector = new ScriptedCollector(fail(serverError));
    const { poller, sink } = run({ collector, options: { maxBackoffMs: 4000 } });
    await jest.advanceTimersByTimeAsync(15_000);

    expect(since(collector)).toEqual([0, 1000, 3000, 7000, 11_000]);
    expect(poller.health.deadLetter).toMatchObject({
      reason: 'max_retry_attempts',
      nextRetry: T0 + 41_000,
    });
    expect(poller.queued).toBe(false);
    expect(sink.events).toContain('dead-letter-entered');

    collector.continueWith(succeed());
    await jest.advanceTimersByTimeAsync(26_000);
    expect(since(collector)).toEqual([0, 1000, 3000, 7000, 11_000, 41_000]);
    expect(poller.health.deadLetter).toBeUndefined();
    expect(sink.events.slice(-3)).toEqual(['online', 'breaker-closed', 'dead-letter-left']);
  });

  it('does not retry an authentication failure quickly', async () => {
    const denied = new UpstreamError({
      kind: 'auth',
      message: 'authentication failure',
      product: 'pve',
      endpoint: '127.0.0.1:8006',
    });
    const { collector, poller } = run({ collector: new ScriptedCollector(fail(denied)) });
    await jest.advanceTimersByTimeAsync(29_000);

    expect(collector.contexts).toHaveLength(1);
    expect(poller.health.deadLetter?.reason).toBe('permanent_failure');
  });

  it('keeps an instance online through one lost poll, offline after the grace', async () => {
    const collector = new ScriptedCollector(succeed(), fail(serverError));
    const { poller, sink } = run({ collector, options: { offlineGraceMs: 5000 } });
    await jest.advanceTimersByTimeAsync(1000);

    expect(sink.batches).toHaveLength(1);
    expect(poller.health.offline).toBe(false);

    await jest.advanceTimersByTimeAsync(3999);
    expect(sink.batches).toHaveLength(1);

    await jest.advanceTimersByTimeAsync(1);
    expect(poller.health.offline).toBe(true);
    expect(sink.events).toEqual(['online', 'breaker-opened', 'offline']);
    expect(sink.batches[1]).toMatchObject({
      source: 'pve:pve-0',
      at: T0 + 5000,
      connectionHealth: { lab: false },
      collections: { nodes: [{ id: 'lab-pve1', status: 'offline', connectionHealth: 'error' }] },
    });
  });

  it('needs a second lost poll when the interval is longer than the grace', async () => {
    const collector = new ScriptedCollector(succeed(), fail(serverError));
    const { poller } = run({ collector, options: { offlineGraceMs: 300, maxBackoffMs: 1000 } });
    await jest.advanceTimersByTimeAsync(1500);

    expect(collector.contexts).toHaveLength(2);
    expect(poller.health.offline).toBe(false);

    await jest.advanceTimersByTimeAsync(1000);
    expect(collector.contexts).toHaveLength(3);
    expect(poller.health.offline).toBe(true);
  });

  it('brings an offline instance back online when it answers again', async () => {
    const collector = new ScriptedCollector(succeed(), fail(serverError));
    const { poller, sink } = run({ collector, options: { offlineGraceMs: 2000 } });
    await jest.advanceTimersByTimeAsync(2000);
    expect(poller.health.offline).toBe(true);

    collector.continueWith(succeed(nodeResult({ cpu: 0.5 })));
    await jest.advanceTimersByTimeAsync(10_000);

    expect(poller.health.offline).toBe(false);
    expect(since(collector).slice(0, 5)).toEqual([0, 1000, 2000, 4000, 5000]);
    expect(sink.events).toEqual(['online', 'offline', 'online']);
    expect(sink.batches.at(-1)).toMatchObject({
      connectionHealth: { lab: true },
      collections: { nodes: [{ status: 'online', cpu: 0.5 }] },
    });
  });

  it('aborts a cycle past its budget and counts it as a failure', async () => {
    const collector = new ScriptedCollector(hang());
    const { poller, sink } = run({ collector, options: { cycleTimeoutMs: 300 } });
    await jest.advanceTimersByTimeAsync(300);

    expect(collector.contexts[0].signal.aborted).toBe(true);
    expect(sink.outcomes[0]).toMatchObject({
      ok: false,
      durationMs: 300,
      failure: { kind: 'cycle_timeout', category: 'transient' },
    });
    expect(poller.health.consecutiveFailures).toBe(1);
  });

  it('stops: aborts the running cycle, closes the collector and polls no more', async () => {
    const collector = new ScriptedCollector(hang());
    const { poller, sink } = run({ collector });
    await jest.advanceTimersByTimeAsync(10);

    await poller.stop();
    await jest.advanceTimersByTimeAsync(10_000);

    expect(collector.contexts).toHaveLength(1);
    expect(collector.contexts[0].signal.aborted).toBe(true);
    expect(collector.closed).toBe(true);
    expect(sink.outcomes).toEqual([]);
    expect(poller.phase).toBe('stopped');
  });

  it('never runs more cycles at once than the shared bound allows', async () => {
    const slots = new Semaphore(2);
    const load = { active: 0, max: 0 };
    const tracked = () => async () => {
      load.max = Math.max(load.max, ++load.active);
      await new Promise((resolve) => setTimeout(resolve, 400));
      load.active -= 1;

      return nodeResult();
    };
    const collectors = [0, 1, 2, 3, 4].map(() => new ScriptedCollector(tracked()));
    collectors.forEach((collector, i) => run({ collector, slots, id: `pve-${i}` }));
    await jest.advanceTimersByTimeAsync(4000);

    expect(load.max).toBe(2);
    const starts = collectors.flatMap(since).sort((a, b) => a - b);
    expect(starts.slice(0, 5)).toEqual([0, 0, 400, 400, 800]);
  });

  it('keeps the cadence of healthy instances while another one hangs', async () => {
    const slots = new Semaphore(2);
    const stuck = new ScriptedCollector(hang());
    const healthy = new ScriptedCollector(succeed());
    run({ collector: stuck, slots, id: 'pve-stuck', options: { cycleTimeoutMs: 60_000 } });
    run({ collector: healthy, slots, id: 'pve-fine', options: { cycleTimeoutMs: 60_000 } });
    await jest.advanceTimersByTimeAsync(5000);

    expect(since(healthy)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(stuck.contexts).toHaveLength(1);
  });
});
