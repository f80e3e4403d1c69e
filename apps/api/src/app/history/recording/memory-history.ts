import { SeriesRing } from './series-ring';

interface RingEntry {
  kind: string;
  ring: SeriesRing;
}

/** Visits one in-memory point: the series id, its time and where to read its values. */
export type MemoryVisitor = (sid: number, timeSec: number, ring: SeriesRing, slot: number) => void;

/**
 * The recent raw points of every series, one ring each. Everything recorded by this process at
 * or after {@link coverageStartSec} is here, so readers take older points from disk only.
 */
export class MemoryHistory {
  private readonly entries = new Map<number, RingEntry>();
  private firstRecordSec: number | undefined;
  private sweptUntilSec = 0;

  constructor(readonly capacity: number) {}

  get seriesCount(): number {
    return this.entries.size;
  }

  record(kind: string, sid: number, timeSec: number, values: ArrayLike<number>): void {
    let entry = this.entries.get(sid);
    if (!entry) {
      entry = { kind, ring: new SeriesRing(this.capacity, values.length) };
      this.entries.set(sid, entry);
    }
    entry.ring.push(timeSec, values);
    this.firstRecordSec = Math.min(this.firstRecordSec ?? timeSec, timeSec);
  }

  /**
   * From when on memory holds every point: the first one this process recorded, or later once
   * a full ring has overwritten older points or a swept series took its points with it.
   * `undefined` before anything was recorded.
   */
  coverageStartSec(): number | undefined {
    if (this.firstRecordSec === undefined) {
      return undefined;
    }
    let start = Math.max(this.firstRecordSec, this.sweptUntilSec);
    for (const { ring } of this.entries.values()) {
      if (ring.full) {
        start = Math.max(start, ring.oldestTime() ?? start);
      }
    }

    return start;
  }

  /** Visits the points of one kind with `fromSec <= time < toSec`, each series oldest first. */
  forEach(kind: string, fromSec: number, toSec: number, visit: MemoryVisitor): void {
    for (const [sid, entry] of this.entries) {
      if (entry.kind === kind) {
        entry.ring.forEachInRange(fromSec, toSec, (time, slot) =>
          visit(sid, time, entry.ring, slot),
        );
      }
    }
  }

  /**
   * Visits the points of the listed series of one kind with `fromSec <= time < toSec`, each
   * series oldest first, by looking each ring up (what a filtered chart reads).
   */
  forEachOf(
    kind: string,
    sids: readonly number[],
    fromSec: number,
    toSec: number,
    visit: MemoryVisitor,
  ): void {
    for (const sid of sids) {
      const entry = this.entries.get(sid);
      if (entry?.kind === kind) {
        entry.ring.forEachInRange(fromSec, toSec, (time, slot) =>
          visit(sid, time, entry.ring, slot),
        );
      }
    }
  }

  /** Forgets series whose newest point is older than `beforeSec` (resources that went away). */
  sweep(beforeSec: number): number {
    let dropped = 0;
    for (const [sid, { ring }] of this.entries) {
      const newest = ring.newestTime() ?? 0;
      if (newest < beforeSec) {
        this.entries.delete(sid);
        this.sweptUntilSec = Math.max(this.sweptUntilSec, newest + 1);
        dropped++;
      }
    }

    return dropped;
  }
}
