/** Slots a ring starts with; it doubles from there up to its capacity as points arrive. */
const INITIAL_SLOTS = 16;

/**
 * The most recent points of one series in typed arrays: times in whole seconds, one float32
 * per metric. The arrays grow (doubling) as points arrive, so a ring costs what it holds until
 * it reaches its capacity; then a new point overwrites the oldest. Points arrive in time
 * order; one older than the newest is dropped, one in the same second replaces it.
 */
export class SeriesRing {
  private times: Uint32Array;
  private values: Float32Array;
  private slots: number;
  private head = 0;
  private size = 0;

  constructor(
    readonly capacity: number,
    readonly width: number,
  ) {
    this.slots = Math.min(capacity, INITIAL_SLOTS);
    this.times = new Uint32Array(this.slots);
    this.values = new Float32Array(this.slots * width);
  }

  /** Slots allocated now (at most {@link capacity}). */
  get allocated(): number {
    return this.slots;
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
      if (this.size === this.slots && this.slots < this.capacity) {
        this.grow();
      }
      this.head = (this.head + 1) % this.slots;
      this.size = Math.min(this.size + 1, this.slots);
    }
    const slot = (this.head + this.slots - 1) % this.slots;
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
    return (this.head - this.size + logical + 2 * this.slots) % this.slots;
  }

  /** Moves the points, oldest first, into arrays twice as large (at most the capacity). */
  private grow(): void {
    const slots = Math.min(this.capacity, this.slots * 2);
    const times = new Uint32Array(slots);
    const values = new Float32Array(slots * this.width);
    for (let i = 0; i < this.size; i++) {
      const from = this.slot(i);
      times[i] = this.times[from];
      values.set(this.values.subarray(from * this.width, (from + 1) * this.width), i * this.width);
    }
    this.times = times;
    this.values = values;
    this.slots = slots;
    this.head = this.size % slots;
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
