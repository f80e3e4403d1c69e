import { CircuitBreaker } from './circuit-breaker';

describe('CircuitBreaker', () => {
  it('stays closed below the threshold and opens at it', () => {
    const breaker = new CircuitBreaker(3);

    expect(breaker.recordFailure(1, 100)).toBe(false);
    expect(breaker.recordFailure(2, 100)).toBe(false);
    expect(breaker.state).toBe('closed');
    expect(breaker.recordFailure(3, 500)).toBe(true);
    expect(breaker).toMatchObject({ state: 'open', failureCount: 3, retryAt: 503, since: 3 });
  });

  it('refuses cycles while open, then lets one probe through as half-open', () => {
    const breaker = new CircuitBreaker(1);
    breaker.recordFailure(0, 1000);

    expect(breaker.admit(999)).toBe(false);
    expect(breaker.state).toBe('open');
    expect(breaker.admit(1000)).toBe(true);
    expect(breaker).toMatchObject({ state: 'half_open', since: 1000, lastTransition: 1000 });
    expect(breaker.retryAt).toBeUndefined();
  });

  it('closes when the probe succeeds and resets its count', () => {
    const breaker = new CircuitBreaker(1);
    breaker.recordFailure(0, 10);
    breaker.admit(10);

    expect(breaker.recordSuccess(11)).toBe(true);
    expect(breaker).toMatchObject({ state: 'closed', failureCount: 0, retryAt: undefined });
    expect(breaker.recordSuccess(12)).toBe(false);
  });

  it('opens again when the probe fails, with the new retry time', () => {
    const breaker = new CircuitBreaker(2);
    breaker.recordFailure(0, 10);
    breaker.recordFailure(1, 10);
    breaker.admit(11);

    expect(breaker.recordFailure(12, 40)).toBe(false);
    expect(breaker).toMatchObject({ state: 'open', retryAt: 52, failureCount: 3 });
  });

  it('opens at once when forced, below the threshold', () => {
    const breaker = new CircuitBreaker(5);

    expect(breaker.recordFailure(0, 100, true)).toBe(true);
    expect(breaker.state).toBe('open');
  });

  it('clears failures counted while closed after a success', () => {
    const breaker = new CircuitBreaker(3);
    breaker.recordFailure(0, 1);
    breaker.recordFailure(1, 1);
    breaker.recordSuccess(2);
    breaker.recordFailure(3, 1);

    expect(breaker).toMatchObject({ state: 'closed', failureCount: 1 });
  });
});
