import type { HistoryRepository, SeriesRow } from './history.repository';

/** Series ids of metrics.db by kind and resource, and back; new series are added on sight. */
export class SeriesIndex {
  private readonly ids = new Map<string, number>();
  private readonly rows = new Map<number, SeriesRow>();

  constructor(private readonly repository: HistoryRepository) {
    for (const row of repository.loadSeries()) {
      this.remember(row);
    }
  }

  idFor(kind: string, resource: string, seenSec: number): number {
    const known = this.ids.get(key(kind, resource));
    if (known !== undefined) {
      return known;
    }
    const id = this.repository.seriesId(kind, resource, seenSec);
    this.remember({ id, kind, resource });

    return id;
  }

  /**
   * Forgets series not seen since `beforeSec`. Call it with a time past every tier's retention,
   * when their rows are gone too.
   */
  prune(beforeSec: number): number {
    const ids = this.repository.deleteSeriesSeenBefore(beforeSec);
    for (const id of ids) {
      const row = this.rows.get(id);
      this.rows.delete(id);
      if (row) {
        this.ids.delete(key(row.kind, row.resource));
      }
    }

    return ids.length;
  }

  resourceOf(sid: number): string | undefined {
    return this.rows.get(sid)?.resource;
  }

  private remember(row: SeriesRow): void {
    this.ids.set(key(row.kind, row.resource), row.id);
    this.rows.set(row.id, row);
  }
}

function key(kind: string, resource: string): string {
  return `${kind}\u0000${resource}`;
}
