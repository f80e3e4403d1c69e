const MiB = 1024 * 1024;

/** When a compaction is worth its pause. */
export interface CompactionPolicyOptions {
  /** Growth of the used heap since the last compaction that is always tolerated. */
  minGrowthBytes: number;
  /** Growth tolerated as a share of what the last compaction left (0.25 = 25%). */
  growthRatio: number;
  /** Shortest time between two compactions. */
  minIntervalMs: number;
  /**
   * Share of the time the pauses may take (0.01 = 1%): after a pause of d ms the next
   * compaction waits at least d / budget ms. 0 means never.
   */
  budget: number;
}

export const DEFAULT_COMPACTION_POLICY: CompactionPolicyOptions = {
  minGrowthBytes: 16 * MiB,
  growthRatio: 0.25,
  minIntervalMs: 5_000,
  budget: 0.05,
};

/**
 * Compacts when the heap grew well past what the last compaction left, as often as the time
 * budget allows: at a few hundred guests a cycle's garbage stays under the threshold and
 * nothing runs; at 2,000 guests a pause takes about 80 ms, at 10,000 about 200 to 300 ms, and a
 * budget of d ms per pause spaces them by d / budget (the server's default of 0.4%: every 20 s
 * at 2,000 guests, about once a minute at 10,000).
 */
export class CompactionPolicy {
  private liveBytes = 0;
  private nextAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: CompactionPolicyOptions = DEFAULT_COMPACTION_POLICY) {}

  /** What the last compaction left in use (0 before the first). */
  get baselineBytes(): number {
    return this.liveBytes;
  }

  shouldCompact(usedBytes: number, now: number): boolean {
    if (this.options.budget <= 0 || now < this.nextAt) {
      return false;
    }
    const tolerated = Math.max(
      this.options.minGrowthBytes,
      this.liveBytes * this.options.growthRatio,
    );

    return usedBytes > this.liveBytes + tolerated;
  }

  compacted(usedAfterBytes: number, now: number, pauseMs: number): void {
    this.liveBytes = usedAfterBytes;
    this.nextAt = now + Math.max(this.options.minIntervalMs, pauseMs / this.options.budget);
  }
}
