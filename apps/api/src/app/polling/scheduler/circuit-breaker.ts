import type { SchedulerBreakerState } from '@pulse/contracts';

/**
 * One instance's breaker. Closed: cycles run. Open: no cycle before `retryAt`. Half-open: one
 * probe cycle runs; its success closes the breaker, its failure opens it again.
 */
export class CircuitBreaker {
  state: SchedulerBreakerState = 'closed';
  /** Failures since the breaker last closed. */
  failureCount = 0;
  since?: number;
  lastTransition?: number;
  retryAt?: number;

  constructor(private readonly threshold: number) {}

  /** Whether a cycle may run now; an open breaker past its retry time turns half-open. */
  admit(now: number): boolean {
    if (this.state !== 'open') {
      return true;
    }
    if (now < (this.retryAt ?? 0)) {
      return false;
    }
    this.retryAt = undefined;
    this.transition('half_open', now);

    return true;
  }

  /** Answers true when this success closed a breaker that was not closed. */
  recordSuccess(now: number): boolean {
    const wasClosed = this.state === 'closed';
    this.failureCount = 0;
    this.retryAt = undefined;
    if (!wasClosed) {
      this.transition('closed', now);
    }

    return !wasClosed;
  }

  /**
   * Counts a failure; opens the breaker at the threshold, after a failed probe, or at once when
   * `force` is set. Answers true when the breaker went from closed to open.
   */
  recordFailure(now: number, retryDelayMs: number, force = false): boolean {
    this.failureCount += 1;
    const opens = force || this.state === 'half_open' || this.failureCount >= this.threshold;
    if (!opens) {
      return false;
    }
    const wasClosed = this.state === 'closed';
    this.retryAt = now + retryDelayMs;
    if (this.state !== 'open') {
      this.transition('open', now);
    }

    return wasClosed;
  }

  private transition(state: SchedulerBreakerState, now: number): void {
    this.state = state;
    this.since = now;
    this.lastTransition = now;
  }
}
