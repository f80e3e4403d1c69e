import { Gauge, Registry } from 'prom-client';

import type { InstancePoller } from '../scheduler/instance-poller';
import { DUE_SOON_MS } from '../scheduler/scheduler-options';

export const INSTANCE_LABELS = ['instance', 'type'] as const;
const BREAKER_VALUES = { closed: 0, half_open: 1, open: 2 } as const;

type Pollers = () => InstancePoller[];

export function instanceLabels(poller: InstancePoller): { instance: string; type: string } {
  return { instance: poller.target.name, type: poller.target.type };
}

/**
 * Gauges read from the current pollers at scrape time, so they never go stale and a removed
 * instance's series disappear with it.
 */
export function registerSchedulerGauges(registry: Registry, pollers: Pollers): void {
  const registers = [registry];
  perInstance(registers, pollers, {
    name: 'pulse_monitor_poll_last_success_timestamp',
    help: 'Unix time of the last successful poll of each instance (absent: never).',
    value: (poller) => seconds(poller.health.lastSuccessAt),
  });
  perInstance(registers, pollers, {
    name: 'pulse_monitor_poll_staleness_seconds',
    help: 'Seconds since the last successful poll of each instance (-1: never).',
    value: (poller, now) => {
      const last = poller.health.lastSuccessAt;

      return last === undefined ? -1 : (now - last) / 1000;
    },
  });
  perInstance(registers, pollers, {
    name: 'pulse_scheduler_breaker_state',
    help: 'Circuit breaker of each instance: 0 closed, 1 half-open, 2 open.',
    value: (poller) => BREAKER_VALUES[poller.health.breaker.state],
  });
  perInstance(registers, pollers, {
    name: 'pulse_scheduler_breaker_failure_count',
    help: 'Failures the breaker of each instance counted since it last closed.',
    value: (poller) => poller.health.breaker.failureCount,
  });
  perInstance(registers, pollers, {
    name: 'pulse_scheduler_breaker_retry_seconds',
    help: 'Seconds until an open breaker lets the next probe through (0: not open).',
    value: (poller, now) => Math.max(0, ((poller.health.breaker.retryAt ?? now) - now) / 1000),
  });
  total(registers, {
    name: 'pulse_monitor_poll_queue_depth',
    help: 'Instances waiting for their next poll cycle.',
    value: () => pollers().filter((poller) => poller.queued).length,
  });
  total(registers, {
    name: 'pulse_monitor_poll_inflight',
    help: 'Poll cycles running now.',
    value: () => pollers().filter((poller) => poller.phase === 'running').length,
  });
  total(registers, {
    name: 'pulse_scheduler_queue_due_soon',
    help: 'Queued instances due within the next 12 seconds.',
    value: (now) =>
      pollers().filter((poller) => poller.queued && poller.nextRunAt - now <= DUE_SOON_MS).length,
  });
  total(registers, {
    name: 'pulse_scheduler_dead_letter_depth',
    help: 'Instances in the dead-letter queue.',
    value: () => pollers().filter((poller) => poller.health.deadLetter).length,
  });
  new Gauge({
    name: 'pulse_scheduler_queue_depth',
    help: 'Instances waiting for their next poll cycle, by type.',
    labelNames: ['type'],
    registers,
    collect() {
      this.reset();
      for (const poller of pollers().filter((item) => item.queued)) {
        this.inc({ type: poller.target.type });
      }
    },
  });
}

interface GaugeSpec<A extends unknown[]> {
  name: string;
  help: string;
  value: (...args: A) => number | undefined;
}

function perInstance(
  registers: Registry[],
  pollers: Pollers,
  spec: GaugeSpec<[InstancePoller, number]>,
): void {
  new Gauge({
    name: spec.name,
    help: spec.help,
    labelNames: INSTANCE_LABELS,
    registers,
    collect() {
      this.reset();
      const now = Date.now();
      for (const poller of pollers()) {
        const value = spec.value(poller, now);
        if (value !== undefined) {
          this.set(instanceLabels(poller), value);
        }
      }
    },
  });
}

function total(registers: Registry[], spec: GaugeSpec<[number]>): void {
  new Gauge({
    name: spec.name,
    help: spec.help,
    registers,
    collect() {
      this.set(spec.value(Date.now()) ?? 0);
    },
  });
}

function seconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000;
}
