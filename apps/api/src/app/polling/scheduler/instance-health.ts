import { backoffDelay } from './backoff';
import { CircuitBreaker } from './circuit-breaker';
import { PollFailure } from './poll-failure';
import { SchedulerOptions } from './scheduler-options';

/** State changes worth a log line and a reaction; nothing else is reported. */
export type HealthEvent =
  | 'online'
  | 'offline'
  | 'breaker-opened'
  | 'breaker-reopened'
  | 'breaker-half-open'
  | 'breaker-closed'
  | 'dead-letter-entered'
  | 'dead-letter-left';

export interface DeadLetterEntry {
  reason: 'max_retry_attempts' | 'permanent_failure';
  firstAttempt: number;
  lastAttempt: number;
  /** Failed cycles since the instance entered the queue. */
  retryCount: number;
  nextRetry: number;
}

/** Missed intervals (beyond the first) after which the staleness score reaches 1. */
const STALE_AFTER_INTERVALS = 5;
/**
 * Failed cycles in a row before an instance that answered before is shown offline, however long
 * its interval: one lost poll never flips it, even when the interval exceeds the grace period.
 */
export const OFFLINE_AFTER_FAILURES = 2;

/**
 * What the scheduler knows about one instance's recent cycles: failure streak, breaker,
 * dead-letter entry and offline flag. Pure bookkeeping; the poller acts on its answers.
 */
export class InstanceHealth {
  readonly breaker: CircuitBreaker;
  consecutiveFailures = 0;
  firstFailureAt?: number;
  lastSuccessAt?: number;
  lastError?: PollFailure & { at: number };
  deadLetter?: DeadLetterEntry;
  offline = false;

  constructor(
    private readonly options: SchedulerOptions,
    private readonly random: () => number = Math.random,
  ) {
    this.breaker = new CircuitBreaker(options.breakerThreshold);
  }

  /** Whether a cycle may start now (an open breaker past its retry time lets one probe through). */
  admit(now: number): { allowed: boolean; events: HealthEvent[] } {
    const before = this.breaker.state;
    const allowed = this.breaker.admit(now);
    const events: HealthEvent[] = before !== this.breaker.state ? ['breaker-half-open'] : [];

    return { allowed, events };
  }

  recordSuccess(now: number): HealthEvent[] {
    const events: HealthEvent[] = [];
    if (this.offline || this.lastSuccessAt === undefined) {
      events.push('online');
    }
    if (this.breaker.recordSuccess(now)) {
      events.push('breaker-closed');
    }
    if (this.deadLetter) {
      events.push('dead-letter-left');
    }
    this.consecutiveFailures = 0;
    this.firstFailureAt = undefined;
    this.lastSuccessAt = now;
    this.deadLetter = undefined;
    this.offline = false;

    return events;
  }

  /** Records a failed cycle; answers the wait before the next one and what changed. */
  recordFailure(
    now: number,
    failure: PollFailure,
    intervalMs: number,
  ): { delayMs: number; events: HealthEvent[] } {
    this.consecutiveFailures += 1;
    this.firstFailureAt ??= now;
    this.lastError = { ...failure, at: now };
    const permanent = failure.category === 'permanent';
    const dead = permanent || this.consecutiveFailures >= this.options.deadLetterThreshold;
    const delayMs = dead
      ? this.options.deadLetterRetryMs
      : backoffDelay(this.consecutiveFailures, intervalMs, this.options.maxBackoffMs, this.random);

    const events: HealthEvent[] = [];
    const probing = this.breaker.state === 'half_open';
    if (this.breaker.recordFailure(now, delayMs, dead)) {
      events.push('breaker-opened');
    } else if (probing) {
      events.push('breaker-reopened');
    }
    if (dead && this.enterDeadLetter(now, delayMs, permanent)) {
      events.push('dead-letter-entered');
    }

    return { delayMs, events };
  }

  /**
   * When a failing instance's resources turn offline: the grace period after its last success,
   * once it failed twice in a row; at its first failure when it never answered. Undefined when
   * not failing, not failing long enough, or offline already.
   */
  offlineDueAt(): number | undefined {
    if (this.offline || this.consecutiveFailures === 0) {
      return undefined;
    }
    if (this.lastSuccessAt === undefined) {
      return this.firstFailureAt;
    }

    return this.consecutiveFailures >= OFFLINE_AFTER_FAILURES
      ? this.lastSuccessAt + this.options.offlineGraceMs
      : undefined;
  }

  markOffline(): HealthEvent[] {
    this.offline = true;

    return ['offline'];
  }

  /** 0 while cycles succeed on time, up to 1 after several missed intervals; 1 if never polled. */
  stalenessScore(now: number, intervalMs: number): number {
    if (this.lastSuccessAt === undefined) {
      return 1;
    }
    const late = now - this.lastSuccessAt - intervalMs;

    return Math.min(1, Math.max(0, late / (STALE_AFTER_INTERVALS * intervalMs)));
  }

  /** Answers true when the instance was not in the queue before. */
  private enterDeadLetter(now: number, delayMs: number, permanent: boolean): boolean {
    const reason = permanent ? 'permanent_failure' : 'max_retry_attempts';
    const entry = this.deadLetter;
    this.deadLetter = {
      reason,
      firstAttempt: entry?.firstAttempt ?? now,
      lastAttempt: now,
      retryCount: (entry?.retryCount ?? 0) + 1,
      nextRetry: now + delayMs,
    };

    return entry === undefined;
  }
}
