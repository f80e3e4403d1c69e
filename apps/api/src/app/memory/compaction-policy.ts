const MiB = 1024 * 1024;

/** When a compaction is worth its pause. */
export interface CompactionPolicyOptions {
  /** Growth of the used heap since the last compaction that is always tolerated. */
  minGrowthBytes: number;
  /** Growth tolerated as a share of what the last compaction left (0.25 = 25%). */
  growthRatio: number;
  /** Shortest time between two compactions. */
  minIntervalMs: number;
}

export const DEFAULT_COMPACTION_POLICY: CompactionPolicyOptions = {
  minGrowthBytes: 16 * MiB,
  growthRatio: 0.25,
  minIntervalMs: 5_000,
};

/**
 * Compacts when the heap grew well past what the last compaction left: at small estates a
 * cycle's garbage stays under the threshold and nothing runs; at large ones it runs about
 * once per cycle.
 */
export class CompactionPolicy {
  private liveBytes = 0;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: CompactionPolicyOptions = DEFAULT_COMPACTION_POLICY) {}

  /** What the last compaction left in use (0 before the first). */
  get baselineBytes(): number {
    return this.liveBytes;
  }

  shouldCompact(usedBytes: number, now: number): boolean {
    if (now - this.lastAt < this.options.minIntervalMs) {
      return false;
    }
    const tolerated = Math.max(
      this.options.minGrowthBytes,
      this.liveBytes * this.options.growthRatio,
    );

    return usedBytes > this.liveBytes + tolerated;
  }

  compacted(usedAfterBytes: number, now: number): void {
    this.liveBytes = usedAfterBytes;
    this.lastAt = now;
  }
}
