import type { Node } from '@pulse/contracts';

import type { StateBatch } from '../../state/state-collections';
import type { CollectResult, InstanceCollector, PollTarget } from '../collectors/collector.types';
import { HealthEvent, InstanceHealth } from './instance-health';
import { LastGoodView } from './last-good-view';
import { classifyFailure, CycleTimeoutError, PollFailure } from './poll-failure';
import { SchedulerOptions } from './scheduler-options';
import { Semaphore } from './semaphore';
import { SlowCadence } from './slow-cadence';

export type PollerPhase = 'scheduled' | 'waiting' | 'running' | 'stopped';

/** One node of a successful PVE cycle: `ok` when it is online and its connection healthy. */
export interface NodeOutcome {
  node: string;
  ok: boolean;
}

interface CycleTimes {
  durationMs: number;
  /** How long the cycle waited past its due time for a free slot. */
  waitMs: number;
}

export type CycleOutcome =
  | (CycleTimes & { ok: true; warnings: string[]; nodes: NodeOutcome[] })
  | (CycleTimes & { ok: false; failure: PollFailure });

/** Where a poller's results go: the state, the metrics, the logs. */
export interface PollSink {
  applyBatch(batch: StateBatch): void;
  cycleFinished(poller: InstancePoller, outcome: CycleOutcome): void;
  healthChanged(poller: InstancePoller, events: HealthEvent[]): void;
  /** A fault of the scheduler or the sink itself, not of the instance. */
  unexpectedError(poller: InstancePoller, error: unknown): void;
}

export interface PollerDeps {
  options: SchedulerOptions;
  /** Read before every cycle, so a changed setting applies from the next one. */
  intervalMs: () => number;
  slots: Semaphore;
  sink: PollSink;
  random?: () => number;
}

/**
 * Polls one instance on its own timer: one cycle at a time, within a budget, inside the
 * shared concurrency bound, with backoff, breaker, dead-letter queue and offline grace.
 */
export class InstancePoller {
  readonly health: InstanceHealth;
  readonly sourceKey: string;
  phase: PollerPhase = 'scheduled';
  nextRunAt = Date.now();
  private cycle = 0;
  private readonly slow: SlowCadence;
  private readonly view: LastGoodView;
  private timer?: ReturnType<typeof setTimeout>;
  private offlineTimer?: ReturnType<typeof setTimeout>;
  private inFlight?: AbortController;
  private running?: Promise<void>;

  constructor(
    readonly target: PollTarget,
    private readonly collector: InstanceCollector,
    private readonly deps: PollerDeps,
  ) {
    const { options } = deps;
    this.health = new InstanceHealth(options, deps.random);
    this.sourceKey = `${target.type}:${target.id}`;
    this.slow = new SlowCadence(options.slowEveryCycles, options.slowIntervalMs);
    this.view = new LastGoodView(healthKeyOf(target));
  }

  /** Waiting for its timer or a free slot, and not parked in the dead-letter queue. */
  get queued(): boolean {
    const waiting = this.phase === 'scheduled' || this.phase === 'waiting';

    return waiting && !this.health.deadLetter;
  }

  get intervalMs(): number {
    return this.deps.intervalMs();
  }

  start(): void {
    this.schedule(0);
  }

  /** Cancels the timers, aborts a running cycle and closes the collector. */
  async stop(): Promise<void> {
    const wasRunning = this.phase === 'running';
    this.phase = 'stopped';
    clearTimeout(this.timer);
    clearTimeout(this.offlineTimer);
    this.inFlight?.abort(new Error('instance stopped'));
    if (wasRunning) {
      await this.running;
    }
    await this.collector.close().catch(() => undefined);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    this.phase = 'scheduled';
    this.nextRunAt = Date.now() + delayMs;
    this.timer = setTimeout(() => (this.running = this.runSafely()), delayMs);
  }

  private get stopped(): boolean {
    return this.phase === 'stopped';
  }

  private async runSafely(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.deps.sink.unexpectedError(this, error);
      this.schedule(this.deps.intervalMs());
    }
  }

  private async run(): Promise<void> {
    const { allowed, events } = this.health.admit(Date.now());
    this.report(events);
    if (!allowed) {
      this.schedule(Math.max(0, (this.health.breaker.retryAt ?? 0) - Date.now()));

      return;
    }
    this.phase = 'waiting';
    const release = await this.deps.slots.acquire();
    try {
      if (!this.stopped) {
        this.schedule(await this.runCycle());
      }
    } finally {
      release();
    }
  }

  /** Runs one cycle and answers the wait before the next. */
  private async runCycle(): Promise<number> {
    this.phase = 'running';
    const started = Date.now();
    const times = { started, waitMs: Math.max(0, started - this.nextRunAt) };
    const interval = this.deps.intervalMs();
    const includeSlow = this.slow.isDue(started);
    try {
      const result = await this.collect(started, includeSlow);
      if (!this.stopped) {
        this.succeeded(result, times, includeSlow);
      }

      return Math.max(0, started + interval - Date.now());
    } catch (error) {
      return this.stopped ? 0 : this.failed(classifyFailure(error), times, interval);
    }
  }

  private async collect(now: number, includeSlow: boolean): Promise<CollectResult> {
    const controller = new AbortController();
    const budgetMs = this.deps.options.cycleTimeoutMs;
    const budget = setTimeout(() => controller.abort(new CycleTimeoutError(budgetMs)), budgetMs);
    this.inFlight = controller;
    const context = { now, cycle: this.cycle++, includeSlow, signal: controller.signal };
    try {
      return await untilAborted(this.collector.collect(context), controller.signal);
    } finally {
      clearTimeout(budget);
      this.inFlight = undefined;
    }
  }

  private succeeded(result: CollectResult, times: StartTimes, includeSlow: boolean): void {
    const now = Date.now();
    clearTimeout(this.offlineTimer);
    this.slow.record(now, includeSlow);
    const events = this.health.recordSuccess(now);
    const collections = this.view.accept(result, now, this.deps.options.offlineGraceMs);
    const { connectionHealth, zfsPools } = result;
    const batch = { source: this.sourceKey, at: now, collections, connectionHealth };
    this.deps.sink.applyBatch(zfsPools ? { ...batch, zfsPools } : batch);
    this.deps.sink.cycleFinished(this, {
      ok: true,
      durationMs: now - times.started,
      waitMs: times.waitMs,
      warnings: result.warnings,
      nodes: (collections.nodes ?? []).map(nodeOutcome),
    });
    this.report(events);
  }

  private failed(failure: PollFailure, times: StartTimes, interval: number): number {
    const now = Date.now();
    this.slow.record(now, false);
    const { delayMs, events } = this.health.recordFailure(now, failure, interval);
    const { waitMs } = times;
    this.deps.sink.cycleFinished(this, {
      ok: false,
      durationMs: now - times.started,
      waitMs,
      failure,
    });
    this.report(events);
    this.checkOffline();

    return delayMs;
  }

  /** Marks the instance offline once its failures outlast the grace period. */
  private checkOffline(): void {
    const dueAt = this.health.offlineDueAt();
    clearTimeout(this.offlineTimer);
    if (dueAt === undefined || this.stopped) {
      return;
    }
    const wait = dueAt - Date.now();
    if (wait > 0) {
      this.offlineTimer = setTimeout(() => this.checkOffline(), wait);

      return;
    }
    const events = this.health.markOffline();
    this.deps.sink.applyBatch({ source: this.sourceKey, at: Date.now(), ...this.view.offline() });
    this.report(events);
  }

  private report(events: HealthEvent[]): void {
    if (events.length) {
      this.deps.sink.healthChanged(this, events);
    }
  }
}

interface StartTimes {
  started: number;
  waitMs: number;
}

function nodeOutcome(node: Node): NodeOutcome {
  return { node: node.node, ok: node.status === 'online' && node.connectionHealth === 'healthy' };
}

/** The `connectionHealth` key the collectors use for an instance. */
function healthKeyOf(target: PollTarget): string {
  return target.type === 'pve' ? target.name : `${target.type}-${target.name}`;
}

/** Settles with `work`, or rejects with the abort reason as soon as `signal` aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) {
      onAbort();

      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
