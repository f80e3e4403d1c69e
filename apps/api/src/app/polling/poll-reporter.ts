import { Logger } from '@nestjs/common';

import type { HeapCompactionService } from '../memory/heap-compaction.service';
import type { NodesService } from '../nodes/nodes.service';
import type { StateBatch } from '../state/state-collections';
import type { StateStore } from '../state/state-store.service';
import type { PollMetrics } from './metrics/poll-metrics.service';
import type { HealthEvent } from './scheduler/instance-health';
import type { CycleOutcome, InstancePoller, PollSink } from './scheduler/instance-poller';

type LogLevel = 'log' | 'warn' | 'debug';

const EVENT_LOGS: Record<HealthEvent, [LogLevel, string]> = {
  online: ['log', 'Instance online'],
  offline: ['warn', 'Instance offline: failures outlasted the grace period'],
  'breaker-opened': ['warn', 'Circuit breaker opened'],
  'breaker-reopened': ['debug', 'Circuit breaker probe failed; open again'],
  'breaker-half-open': ['debug', 'Circuit breaker half-open; probing'],
  'breaker-closed': ['log', 'Circuit breaker closed'],
  'dead-letter-entered': ['warn', 'Instance moved to the dead-letter queue'],
  'dead-letter-left': ['log', 'Instance left the dead-letter queue'],
};

/**
 * Carries poll results into the state store, node connectivity, metrics and state-change logs,
 * and lets the heap compaction know a cycle's garbage is ready to go.
 */
export class PollReporter implements PollSink {
  private readonly logger = new Logger('Polling');

  constructor(
    private readonly store: StateStore,
    private readonly nodes: NodesService,
    private readonly metrics: PollMetrics,
    private readonly memory: HeapCompactionService,
  ) {}

  applyBatch(batch: StateBatch): void {
    this.store.apply(batch);
  }

  cycleFinished(poller: InstancePoller, outcome: CycleOutcome): void {
    this.metrics.recordCycle(poller, outcome);
    this.memory.afterWork();
    const context = describe(poller);
    if (!outcome.ok) {
      this.logger.debug({ ...context, ...outcome.failure }, 'Poll cycle failed');
    } else if (outcome.warnings.length) {
      this.logger.debug({ ...context, warnings: outcome.warnings }, 'Poll cycle had warnings');
    }
  }

  healthChanged(poller: InstancePoller, events: HealthEvent[]): void {
    const { health } = poller;
    const context = {
      ...describe(poller),
      failures: health.consecutiveFailures,
      error: health.lastError?.message,
    };
    for (const event of events) {
      const [level, message] = EVENT_LOGS[event];
      this.logger[level](context, message);
    }
    if (events.includes('online') || events.includes('offline')) {
      this.nodes.setConnected(poller.target.id, !health.offline);
    }
  }

  unexpectedError(poller: InstancePoller, error: unknown): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.logger.error({ ...describe(poller), err }, 'Scheduler fault');
  }
}

function describe(poller: InstancePoller): Record<string, string> {
  const { id, type, name } = poller.target;

  return { id, type, instance: name };
}
