import type { IsoTime } from '../state/common';

/** `GET /api/monitoring/scheduler/health`: the polling scheduler and every instance's health. */
export interface SchedulerHealthResponse {
  updatedAt: IsoTime;
  /** True while real instances are polled; false while mock mode replaces them. */
  enabled: boolean;
  queue: SchedulerQueueSnapshot;
  deadLetter: SchedulerDeadLetterSnapshot;
  /** Breakers that are not closed or have counted failures; left out when there are none. */
  breakers?: SchedulerBreakerSummary[];
  /** One entry per instance; left out when no instance is polled. */
  staleness?: SchedulerStalenessEntry[];
  instances: SchedulerInstanceHealth[];
}

export interface SchedulerQueueSnapshot {
  /** Instances waiting for their next cycle (dead-lettered ones excluded). */
  depth: number;
  /** How many of them are due within the next 12 seconds. */
  dueWithinSeconds: number;
  perType: Record<string, number>;
}

export interface SchedulerDeadLetterSnapshot {
  count: number;
  /** At most 25; `instances[].deadLetter` has all of them. */
  tasks: SchedulerDeadLetterTask[];
}

export interface SchedulerDeadLetterTask {
  instance: string;
  type: string;
  nextRun: IsoTime;
  lastError?: string;
  failures: number;
}

export type SchedulerBreakerState = 'closed' | 'open' | 'half_open';

export interface SchedulerBreakerSummary {
  instance: string;
  type: string;
  state: SchedulerBreakerState;
  failures: number;
  retryAt?: IsoTime;
}

export interface SchedulerStalenessEntry {
  instance: string;
  type: string;
  /** 0 (fresh) to 1 (stale, or never polled successfully). */
  score: number;
  lastSuccess: IsoTime;
  lastError?: IsoTime;
}

/** `transient` failures are retried with backoff; `permanent` ones (credentials, TLS) are not. */
export type PollErrorCategory = 'transient' | 'permanent';

export interface SchedulerInstanceHealth {
  /** `<type>::<name>`. */
  key: string;
  type: string;
  displayName: string;
  /** The instance name, as in the `instance` field of its resources. */
  instance: string;
  /** The configured host URL. */
  connection: string;
  pollStatus: {
    lastSuccess?: IsoTime;
    lastError?: { at: IsoTime; message: string; category: PollErrorCategory };
    consecutiveFailures: number;
    firstFailureAt?: IsoTime;
  };
  breaker: {
    state: SchedulerBreakerState;
    since?: IsoTime;
    lastTransition?: IsoTime;
    retryAt?: IsoTime;
    failureCount: number;
  };
  deadLetter: {
    present: boolean;
    reason?: 'max_retry_attempts' | 'permanent_failure';
    firstAttempt?: IsoTime;
    lastAttempt?: IsoTime;
    retryCount?: number;
    nextRetry?: IsoTime;
  };
}
