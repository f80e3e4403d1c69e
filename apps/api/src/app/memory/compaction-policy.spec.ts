import { CompactionPolicy } from './compaction-policy';

const MiB = 1024 * 1024;
const options = { minGrowthBytes: 16 * MiB, growthRatio: 0.25, minIntervalMs: 5_000, budget: 0.01 };

describe('CompactionPolicy', () => {
  it('compacts once the heap grew past the fixed minimum before the first compaction', () => {
    const policy = new CompactionPolicy(options);

    expect(policy.shouldCompact(10 * MiB, 0)).toBe(false);
    expect(policy.shouldCompact(17 * MiB, 0)).toBe(true);
  });

  it('tolerates growth in proportion to what the last compaction left', () => {
    const policy = new CompactionPolicy(options);
    policy.compacted(100 * MiB, 0, 10);

    // 25% of 100 MiB is more than the 16 MiB minimum.
    expect(policy.shouldCompact(124 * MiB, 10_000)).toBe(false);
    expect(policy.shouldCompact(126 * MiB, 10_000)).toBe(true);
    expect(policy.baselineBytes).toBe(100 * MiB);
  });

  it('uses the fixed minimum for a small heap', () => {
    const policy = new CompactionPolicy(options);
    policy.compacted(20 * MiB, 0, 10);

    expect(policy.shouldCompact(35 * MiB, 10_000)).toBe(false);
    expect(policy.shouldCompact(37 * MiB, 10_000)).toBe(true);
  });

  it('waits the minimum interval after a short pause', () => {
    const policy = new CompactionPolicy(options);
    policy.compacted(20 * MiB, 1_000, 20);

    expect(policy.shouldCompact(500 * MiB, 5_999)).toBe(false);
    expect(policy.shouldCompact(500 * MiB, 6_000)).toBe(true);
  });

  it('spaces long pauses so that they take at most the budget', () => {
    const policy = new CompactionPolicy(options);
    // 200 ms at a 1% budget: the next one no sooner than 20 s later.
    policy.compacted(100 * MiB, 0, 200);

    expect(policy.shouldCompact(500 * MiB, 19_999)).toBe(false);
    expect(policy.shouldCompact(500 * MiB, 20_000)).toBe(true);
  });

  it('never compacts with a budget of 0', () => {
    const policy = new CompactionPolicy({ ...options, budget: 0 });

    expect(policy.shouldCompact(900 * MiB, 0)).toBe(false);
  });
});
