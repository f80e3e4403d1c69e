import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';

import { MetricsService } from '../../../services/metrics/metrics.service';
import type { CycleOutcome, InstancePoller } from '../scheduler/instance-poller';

const INSTANCE_LABELS = ['instance', 'type'] as const;
const BREAKER_VALUES = { closed: 0, half_open: 1, open: 2 } as const;

/**
 * The scheduler's Prometheus metrics. Labels are bounded: `instance` is a configured instance
 * name (dropped when the instance is removed), `type` is pve/pbs/pmg, `kind` a fixed set.
 */
@Injectable()
export class PollMetrics {
  private pollers: () => InstancePoller[] = () => [];
  private readonly duration: Histogram<'instance' | 'type'>;
  private readonly total: Counter<'instance' | 'type' | 'result'>;
  private readonly errors: Counter<'instance' | 'type' | 'kind'>;
  private readonly errorKinds = new Map<string, Set<string>>();

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.duration = new Histogram({
      name: 'pulse_monitor_poll_duration_seconds',
      help: 'Duration of poll cycles, by instance and type.',
      labelNames: INSTANCE_LABELS,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    });
    this.total = new Counter({
      name: 'pulse_monitor_poll_total',
      help: 'Poll cycles, by instance, type and result (success or error).',
      labelNames: [...INSTANCE_LABELS, 'result'],
      registers,
    });
    this.errors = new Counter({
      name: 'pulse_monitor_poll_errors_total',
      help: 'Failed poll cycles, by instance, type and error kind.',
      labelNames: [...INSTANCE_LABELS, 'kind'],
      registers,
    });
    this.registerGauges(registers);
  }

  /** Where the gauges read the current pollers from at scrape time. */
  watch(pollers: () => InstancePoller[]): void {
    this.pollers = pollers;
  }

  recordCycle(poller: InstancePoller, outcome: CycleOutcome): void {
    const labels = labelsOf(poller);
    this.duration.observe(labels, outcome.durationMs / 1000);
    this.total.inc({ ...labels, result: outcome.ok ? 'success' : 'error' });
    if (!outcome.ok) {
      this.errors.inc({ ...labels, kind: outcome.failure.kind });
      this.kindsOf(poller).add(outcome.failure.kind);
    }
  }

  /** Drops the series of a removed instance. */
  forget(poller: InstancePoller): void {
    const labels = labelsOf(poller);
    this.duration.remove(labels);
    this.total.remove({ ...labels, result: 'success' });
    this.total.remove({ ...labels, result: 'error' });
    for (const kind of this.kindsOf(poller)) {
      this.errors.remove({ ...labels, kind });
    }
    this.errorKinds.delete(poller.sourceKey);
  }

  private kindsOf(poller: InstancePoller): Set<string> {
    let kinds = this.errorKinds.get(poller.sourceKey);
    if (!kinds) {
      kinds = new Set();
      this.errorKinds.set(poller.sourceKey, kinds);
    }

    return kinds;
  }

  private registerGauges(registers: MetricsService['registry'][]): void {
    const pollers = () => this.pollers();
    new Gauge({
      name: 'pulse_monitor_poll_staleness_seconds',
      help: 'Seconds since the last successful poll of each instance (-1: never).',
      labelNames: INSTANCE_LABELS,
      registers,
      collect() {
        this.reset();
        const now = Date.now();
        for (const poller of pollers()) {
          const last = poller.health.lastSuccessAt;
          this.set(labelsOf(poller), last === undefined ? -1 : (now - last) / 1000);
        }
      },
    });
    new Gauge({
      name: 'pulse_scheduler_breaker_state',
      help: 'Circuit breaker of each instance: 0 closed, 1 half-open, 2 open.',
      labelNames: INSTANCE_LABELS,
      registers,
      collect() {
        this.reset();
        for (const poller of pollers()) {
          this.set(labelsOf(poller), BREAKER_VALUES[poller.health.breaker.state]);
        }
      },
    });
    new Gauge({
      name: 'pulse_scheduler_dead_letter_depth',
      help: 'Instances in the dead-letter queue.',
      registers,
      collect() {
        this.set(pollers().filter((poller) => poller.health.deadLetter).length);
      },
    });
    new Gauge({
      name: 'pulse_scheduler_queue_depth',
      help: 'Instances waiting for their next poll cycle, by type.',
      labelNames: ['type'],
      registers,
      collect() {
        this.reset();
        for (const poller of pollers().filter((poller) => poller.queued)) {
          this.inc({ type: poller.target.type });
        }
      },
    });
  }
}

function labelsOf(poller: InstancePoller): { instance: string; type: string } {
  return { instance: poller.target.name, type: poller.target.type };
}
