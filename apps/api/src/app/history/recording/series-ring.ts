/**
 * The most recent points of one series in fixed typed arrays: times in whole seconds, one
 * float32 per metric. When full, a new point overwrites the oldest. Points arrive in time
 * order; one older than the newest is dropped, one in the same second replaces it.
 */
export class SeriesRing {
  private readonly times: Uint32Array;
  private readonly values: Float32Array;
  private head = 0;
  private size = 0;

  constructor(
    readonly capacity: number,
    readonly width: number,
  ) {
    this.times = new Uint32Array(capacity);
    this.values = new Float32Array(capacity * width);
  }

  get length(): number {
    return this.size;
  }

  get full(): boolean {
    return this.size === this.capacity;
  }

  /** Seconds of the oldest point held, or `undefined` when empty. */
  oldestTime(): number | undefined {
    return this.size ? this.times[this.slot(0)] : undefined;
  }

  newestTime(): number | undefined {
    return this.size ? this.times[this.slot(this.size - 1)] : undefined;
  }

  /** Adds a point; answers false when it was older than the newest and dropped. */
  push(timeSec: number, values: ArrayLike<number>): boolean {
    const newest = this.newestTime();
    if (newest !== undefined && timeSec < newest) {
      return false;
    }
    if (newest !== timeSec) {
      this.head = (this.head + 1) % this.capacity;
      this.size = Math.min(this.size + 1, this.capacity);
    }
    const slot = (this.head + this.capacity - 1) % this.capacity;
    this.times[slot] = timeSec;
    this.values.set(values, slot * this.width);

    return true;
  }

  /** Visits the points with `fromSec <= time < toSec`, oldest first, by their slot. */
  forEachInRange(fromSec: number, toSec: number, visit: (timeSec: number, slot: number) => void) {
    for (let i = this.firstAtOrAfter(fromSec); i < this.size; i++) {
      const slot = this.slot(i);
      const time = this.times[slot];
      if (time >= toSec) {
        return;
      }
      visit(time, slot);
    }
  }

  valueAt(slot: number, metric: number): number {
    return this.values[slot * this.width + metric];
  }

  private slot(logical: number): number {
    return (this.head - this.size + logical + 2 * this.capacity) % this.capacity;
  }

  private firstAtOrAfter(timeSec: number): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.times[this.slot(mid)] < timeSec) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }

    return low;
  }
}
