import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';

import { MetricsService } from '../../../services/metrics/metrics.service';
import type { CycleOutcome, InstancePoller } from '../scheduler/instance-poller';
import { INSTANCE_LABELS, instanceLabels, registerSchedulerGauges } from './scheduler-gauges';

type InstanceLabel = (typeof INSTANCE_LABELS)[number];
const NODE_LABELS = [...INSTANCE_LABELS, 'node'] as const;
const RESULTS = ['success', 'error'] as const;

/** What a removed instance left in the labelled series, to drop exactly that. */
interface Series {
  kinds: Set<string>;
  nodes: Set<string>;
}

/**
 * The scheduler's Prometheus metrics. Labels are bounded: `instance` is a configured instance
 * name, `node` one of its nodes (both dropped when the instance is removed), `type` is
 * pve/pbs/pmg, `kind` a fixed set of error kinds.
 */
@Injectable()
export class PollMetrics {
  private pollers: () => InstancePoller[] = () => [];
  private readonly series = new Map<string, Series>();
  private readonly duration: Histogram<InstanceLabel>;
  private readonly queueWait: Histogram<InstanceLabel>;
  private readonly total: Counter<InstanceLabel | 'result'>;
  private readonly errors: Counter<InstanceLabel | 'kind'>;
  private readonly nodeTotal: Counter<InstanceLabel | 'node' | 'result'>;
  private readonly nodeLastSuccess: Gauge<InstanceLabel | 'node'>;

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.duration = new Histogram({
      name: 'pulse_monitor_poll_duration_seconds',
      help: 'Duration of poll cycles, by instance and type.',
      labelNames: INSTANCE_LABELS,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    });
    this.queueWait = new Histogram({
      name: 'pulse_scheduler_queue_wait_seconds',
      help: 'How long due poll cycles waited for a free slot, by instance and type.',
      labelNames: INSTANCE_LABELS,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60],
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
    this.nodeTotal = new Counter({
      name: 'pulse_monitor_node_poll_total',
      help: 'Nodes read by successful PVE cycles; error: the node was offline or unhealthy.',
      labelNames: [...NODE_LABELS, 'result'],
      registers,
    });
    this.nodeLastSuccess = new Gauge({
      name: 'pulse_monitor_node_poll_last_success_timestamp',
      help: 'Unix time a PVE cycle last read each node online and healthy.',
      labelNames: NODE_LABELS,
      registers,
    });
    registerSchedulerGauges(metrics.registry, () => this.pollers());
  }

  /** Where the gauges read the current pollers from at scrape time. */
  watch(pollers: () => InstancePoller[]): void {
    this.pollers = pollers;
  }

  recordCycle(poller: InstancePoller, outcome: CycleOutcome): void {
    const labels = instanceLabels(poller);
    const series = this.seriesOf(poller);
    this.duration.observe(labels, outcome.durationMs / 1000);
    this.queueWait.observe(labels, outcome.waitMs / 1000);
    this.total.inc({ ...labels, result: outcome.ok ? 'success' : 'error' });
    if (!outcome.ok) {
      this.errors.inc({ ...labels, kind: outcome.failure.kind });
      series.kinds.add(outcome.failure.kind);

      return;
    }
    const now = Date.now() / 1000;
    for (const { node, ok } of outcome.nodes) {
      series.nodes.add(node);
      this.nodeTotal.inc({ ...labels, node, result: ok ? 'success' : 'error' });
      if (ok) {
        this.nodeLastSuccess.set({ ...labels, node }, now);
      }
    }
  }

  /** Drops the series of a removed instance. */
  forget(poller: InstancePoller): void {
    const labels = instanceLabels(poller);
    const series = this.seriesOf(poller);
    this.duration.remove(labels);
    this.queueWait.remove(labels);
    for (const result of RESULTS) {
      this.total.remove({ ...labels, result });
    }
    for (const kind of series.kinds) {
      this.errors.remove({ ...labels, kind });
    }
    for (const node of series.nodes) {
      this.nodeLastSuccess.remove({ ...labels, node });
      for (const result of RESULTS) {
        this.nodeTotal.remove({ ...labels, node, result });
      }
    }
    this.series.delete(poller.sourceKey);
  }

  private seriesOf(poller: InstancePoller): Series {
    let series = this.series.get(poller.sourceKey);
    if (!series) {
      series = { kinds: new Set(), nodes: new Set() };
      this.series.set(poller.sourceKey, series);
    }

    return series;
  }
}
