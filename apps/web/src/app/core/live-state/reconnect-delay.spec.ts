import { MAX_RECONNECT_DELAY_MS, reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles from one second and stops at the maximum', () => {
    const middle = () => 0.5;

    expect([1, 2, 3, 4].map((attempt) => reconnectDelay(attempt, middle))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
    expect(reconnectDelay(40, middle)).toBe(MAX_RECONNECT_DELAY_MS);
  });

  it('spreads each delay by a fifth either way', () => {
    expect(reconnectDelay(3, () => 0)).toBe(3_200);
    expect(reconnectDelay(3, () => 0.999_999)).toBe(4_800);
  });
});
