import type { MemoryHistory, MemoryVisitor } from '../recording/memory-history';
import type { SeriesRing } from '../recording/series-ring';

/** How far back the rings of chosen series are looked for first: a few polls of any source. */
const RECENT_SEC = 120;

/**
 * Visits the in-memory points of the series `sids` of a kind with `fromSec <= time < toSec`,
 * each series oldest first. MemoryHistory only walks all rings of a kind, so a short walk over
 * the most recent points finds the rings of the chosen series, which are then read alone. A
 * chosen series without a recent point (a resource that went away) costs a full walk that
 * skips the other series.
 */
export function forEachChosen(
  memory: MemoryHistory,
  kind: string,
  sids: readonly number[],
  range: { fromSec: number; toSec: number },
  visit: MemoryVisitor,
): void {
  const { fromSec, toSec } = range;
  const wanted = new Set(sids);
  const rings = new Map<number, SeriesRing>();
  // TODO: ask MemoryHistory for the rings of these series once it can look one up by id.
  memory.forEach(kind, Math.max(fromSec, toSec - RECENT_SEC), toSec, (sid, _time, ring) => {
    if (wanted.has(sid)) {
      rings.set(sid, ring);
    }
  });
  for (const [sid, ring] of rings) {
    ring.forEachInRange(fromSec, toSec, (time, slot) => visit(sid, time, ring, slot));
  }
  const rest = new Set(sids.filter((sid) => !rings.has(sid)));
  if (rest.size) {
    memory.forEach(kind, fromSec, toSec, (sid, time, ring, slot) => {
      if (rest.has(sid)) {
        visit(sid, time, ring, slot);
      }
    });
  }
}
