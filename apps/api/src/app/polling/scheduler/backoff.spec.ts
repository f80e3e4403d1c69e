import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const middle = () => 0.5;

  it('starts at the base interval and doubles per failure', () => {
    const delays = [1, 2, 3, 4].map((failures) => backoffDelay(failures, 1000, 60_000, middle));

    expect(delays).toEqual([1000, 2000, 4000, 8000]);
  });

  it('stops growing at the maximum', () => {
    expect(backoffDelay(12, 1000, 60_000, middle)).toBe(60_000);
    expect(backoffDelay(200, 1000, 60_000, middle)).toBe(60_000);
  });

  it('spreads each delay by at most 20 % either way', () => {
    expect(backoffDelay(3, 1000, 60_000, () => 0)).toBe(3200);
    expect(backoffDelay(3, 1000, 60_000, () => 0.999_999)).toBe(4800);

    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(2, 1000, 60_000);
      expect(delay).toBeGreaterThanOrEqual(1600);
      expect(delay).toBeLessThanOrEqual(2400);
    }
  });

  it('never exceeds the maximum, even with jitter on top', () => {
    expect(backoffDelay(10, 1000, 60_000, () => 0.999)).toBe(60_000);
    expect(backoffDelay(10, 1000, 60_000, () => 0)).toBe(48_000);
  });
});
