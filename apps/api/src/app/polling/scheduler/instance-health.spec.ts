import { UpstreamError } from '../../upstream';
import { schedulerOptions } from '../testing/poll-fixtures';
import { InstanceHealth } from './instance-health';
import { classifyFailure, CycleTimeoutError } from './poll-failure';

const INTERVAL = 1000;
const transient = classifyFailure(
  new UpstreamError({ kind: 'upstream5xx', message: 'HTTP 500', product: 'pve', endpoint: 'x' }),
);
const authFailure = classifyFailure(
  new UpstreamError({ kind: 'auth', message: 'bad token', product: 'pve', endpoint: 'x' }),
);

function health(overrides = {}) {
  return new InstanceHealth(schedulerOptions(overrides), () => 0.5);
}

describe('InstanceHealth', () => {
  it('classifies upstream kinds, budget overruns and other errors', () => {
    expect(transient).toMatchObject({ category: 'transient', kind: 'upstream5xx' });
    expect(authFailure).toMatchObject({ category: 'permanent', kind: 'auth' });
    expect(classifyFailure(new CycleTimeoutError(10))).toMatchObject({
      category: 'transient',
      kind: 'cycle_timeout',
    });
    expect(classifyFailure(new TypeError('boom'))).toEqual({
      message: 'boom',
      category: 'transient',
      kind: 'internal',
    });
  });

  it('backs off exponentially and opens the breaker at the threshold', () => {
    const state = health();
    const first = state.recordFailure(0, transient, INTERVAL);
    const second = state.recordFailure(1000, transient, INTERVAL);
    const third = state.recordFailure(3000, transient, INTERVAL);

    expect([first.delayMs, second.delayMs, third.delayMs]).toEqual([1000, 2000, 4000]);
    expect(first.events).toEqual([]);
    expect(third.events).toEqual(['breaker-opened']);
    expect(state.breaker).toMatchObject({ state: 'open', retryAt: 7000 });
    expect(state.firstFailureAt).toBe(0);
    expect(state.lastError).toMatchObject({ at: 3000, message: 'HTTP 500' });
  });

  it('walks the breaker through half-open back to closed', () => {
    const state = health({ breakerThreshold: 1 });
    state.recordFailure(0, transient, INTERVAL);

    expect(state.admit(500)).toEqual({ allowed: false, events: [] });
    expect(state.admit(1000)).toEqual({ allowed: true, events: ['breaker-half-open'] });
    expect(state.recordSuccess(1100)).toEqual(['online', 'breaker-closed']);
    expect(state.breaker.state).toBe('closed');
  });

  it('reopens the breaker when the probe fails', () => {
    const state = health({ breakerThreshold: 1 });
    state.recordFailure(0, transient, INTERVAL);
    state.admit(1000);

    expect(state.recordFailure(1000, transient, INTERVAL).events).toEqual(['breaker-reopened']);
    expect(state.breaker).toMatchObject({ state: 'open', retryAt: 3000 });
  });

  it('dead-letters an instance after the failure threshold and releases it on success', () => {
    const state = health({ deadLetterThreshold: 3 });
    state.recordFailure(0, transient, INTERVAL);
    state.recordFailure(1, transient, INTERVAL);
    const third = state.recordFailure(2, transient, INTERVAL);

    expect(third).toEqual({ delayMs: 30_000, events: ['breaker-opened', 'dead-letter-entered'] });
    expect(state.deadLetter).toEqual({
      reason: 'max_retry_attempts',
      firstAttempt: 2,
      lastAttempt: 2,
      retryCount: 1,
      nextRetry: 30_002,
    });

    state.admit(30_002);
    const fourth = state.recordFailure(30_002, transient, INTERVAL);
    expect(fourth.events).toEqual(['breaker-reopened']);
    expect(state.deadLetter).toMatchObject({ retryCount: 2, firstAttempt: 2, lastAttempt: 30_002 });

    expect(state.recordSuccess(70_000)).toContain('dead-letter-left');
    expect(state.deadLetter).toBeUndefined();
    expect(state.consecutiveFailures).toBe(0);
  });

  it('opens the breaker and dead-letters at once on an authentication failure', () => {
    const state = health();
    const { delayMs, events } = state.recordFailure(0, authFailure, INTERVAL);

    expect(delayMs).toBe(30_000);
    expect(events).toEqual(['breaker-opened', 'dead-letter-entered']);
    expect(state.deadLetter?.reason).toBe('permanent_failure');
  });

  it('puts the offline deadline a grace period after the last success, from two failures', () => {
    const state = health({ offlineGraceMs: 5000 });
    expect(state.offlineDueAt()).toBeUndefined();

    state.recordSuccess(10_000);
    state.recordFailure(11_000, transient, INTERVAL);
    expect(state.offlineDueAt()).toBeUndefined();
    state.recordFailure(12_000, transient, INTERVAL);
    expect(state.offlineDueAt()).toBe(15_000);

    expect(state.markOffline()).toEqual(['offline']);
    expect(state.offlineDueAt()).toBeUndefined();
    expect(state.recordSuccess(20_000)).toEqual(['online']);
  });

  it('never turns offline on one lost poll, even when the interval exceeds the grace', () => {
    const state = health({ offlineGraceMs: 5000 });
    state.recordSuccess(0);
    state.recordFailure(60_000, transient, 60_000);

    expect(state.offlineDueAt()).toBeUndefined();
    state.recordFailure(120_000, transient, 60_000);
    expect(state.offlineDueAt()).toBe(5000);
  });

  it('goes offline at the first failure when the instance never answered', () => {
    const state = health();
    state.recordFailure(4000, transient, INTERVAL);

    expect(state.offlineDueAt()).toBe(4000);
  });

  it('scores staleness from the time since the last success', () => {
    const state = health();
    expect(state.stalenessScore(0, INTERVAL)).toBe(1);

    state.recordSuccess(0);
    expect(state.stalenessScore(1000, INTERVAL)).toBe(0);
    expect(state.stalenessScore(3500, INTERVAL)).toBe(0.5);
    expect(state.stalenessScore(60_000, INTERVAL)).toBe(1);
  });
});
