import type { ChartPoint } from '@pulse/contracts';

/** Where a series' values come from: a ring slot, or a stored row. */
export interface ValueSource {
  valueAt(index: number, metric: number): number;
}

/**
 * Turns the points of one series, added oldest first, into chart points: time is cut into
 * buckets of equal width (aligned to the epoch, so the same history always gives the same
 * points) and each bucket with points becomes one point, the average of its values at the time
 * of its last point. Missing readings (NaN) are left out. Values are rounded to their stored
 * precision (`1 / scale`).
 */
export class SeriesDownsampler {
  readonly points: ChartPoint[][];
  private readonly sums: Float64Array;
  private readonly counts: Uint32Array;
  private bucket = Number.NaN;
  private lastTimeMs = 0;

  constructor(
    private readonly widthMs: number,
    private readonly scales: readonly number[],
  ) {
    this.points = scales.map(() => []);
    this.sums = new Float64Array(scales.length);
    this.counts = new Uint32Array(scales.length);
  }

  add(timeMs: number, source: ValueSource, index: number): void {
    const bucket = Math.floor(timeMs / this.widthMs);
    if (bucket !== this.bucket) {
      this.emit();
      this.bucket = bucket;
    }
    this.lastTimeMs = timeMs;
    for (let metric = 0; metric < this.scales.length; metric++) {
      const value = source.valueAt(index, metric);
      if (!Number.isNaN(value)) {
        this.sums[metric] += value;
        this.counts[metric] += 1;
      }
    }
  }

  finish(): ChartPoint[][] {
    this.emit();

    return this.points;
  }

  private emit(): void {
    for (let metric = 0; metric < this.scales.length; metric++) {
      const count = this.counts[metric];
      if (count) {
        const scale = this.scales[metric];
        const value = Math.round((this.sums[metric] / count) * scale) / scale;
        this.points[metric].push({ timestamp: this.lastTimeMs, value });
        this.sums[metric] = 0;
        this.counts[metric] = 0;
      }
    }
  }
}
