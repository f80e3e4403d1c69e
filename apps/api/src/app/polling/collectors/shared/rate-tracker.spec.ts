import { RateTracker, ZERO_RATES } from './rate-tracker';

describe('RateTracker', () => {
  const counters = (diskread: number, diskwrite: number, netin: number, netout: number) => ({
    diskread,
    diskwrite,
    netin,
    netout,
  });

  it('answers 0 on first sight and bytes per second from the next sample on', () => {
    const tracker = new RateTracker();

    expect(tracker.rates('vm', counters(1000, 2000, 3000, 4000), 0)).toEqual(ZERO_RATES);
    expect(tracker.rates('vm', counters(11_000, 4000, 3000, 9000), 10_000)).toEqual({
      diskRead: 1000,
      diskWrite: 200,
      networkIn: 0,
      networkOut: 500,
    });
  });

  it('rounds to whole bytes per second', () => {
    const tracker = new RateTracker();
    tracker.rates('vm', counters(0, 0, 0, 0), 0);

    expect(tracker.rates('vm', counters(10, 0, 0, 0), 3000).diskRead).toBe(3);
  });

  it('answers 0 for a counter that went back (guest restarted) and rates for the others', () => {
    const tracker = new RateTracker();
    tracker.rates('vm', counters(5_000_000, 1000, 1000, 1000), 0);

    expect(tracker.rates('vm', counters(100, 2000, 1000, 1000), 1000)).toEqual({
      diskRead: 0,
      diskWrite: 1000,
      networkIn: 0,
      networkOut: 0,
    });
    expect(tracker.rates('vm', counters(1100, 2000, 1000, 1000), 2000).diskRead).toBe(1000);
  });

  it('repeats the last rates while counters have not moved yet, then drops to 0', () => {
    const tracker = new RateTracker(25_000);
    tracker.rates('vm', counters(0, 0, 0, 0), 0);
    const moving = tracker.rates('vm', counters(10_000, 0, 0, 0), 10_000);

    expect(tracker.rates('vm', counters(10_000, 0, 0, 0), 15_000)).toEqual(moving);
    expect(tracker.rates('vm', counters(10_000, 0, 0, 0), 40_000)).toEqual(ZERO_RATES);
  });

  it('keeps the last rates when the clock did not move forward', () => {
    const tracker = new RateTracker();
    tracker.rates('vm', counters(0, 0, 0, 0), 0);
    const rates = tracker.rates('vm', counters(1000, 0, 0, 0), 1000);

    expect(tracker.rates('vm', counters(5000, 0, 0, 0), 1000)).toEqual(rates);
    expect(tracker.rates('vm', counters(6000, 0, 0, 0), 500)).toEqual(rates);
  });

  it('treats missing counters as 0 and forgets ids not seen in a cycle', () => {
    const tracker = new RateTracker();
    tracker.beginCycle();
    tracker.rates('a', {}, 0);
    tracker.rates('b', counters(1, 1, 1, 1), 0);
    tracker.endCycle();
    tracker.beginCycle();
    expect(tracker.rates('a', { netin: 2000 }, 1000).networkIn).toBe(2000);
    tracker.endCycle();

    expect(tracker.size).toBe(1);
  });
});
