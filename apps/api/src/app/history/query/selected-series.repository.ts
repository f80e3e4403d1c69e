import type Database from 'better-sqlite3';

import type { MetricKind } from '../metric-kinds';
import type { StoredRow } from '../storage/history.repository';
import { tableName, TierName } from '../storage/tiers';

/**
 * The queries on metrics.db for charts of chosen series. The tier tables are keyed by
 * (time, series), so rather than scanning a whole time range and dropping the other series,
 * the read steps from one distinct time to the next and looks up each chosen series there.
 */
export class SelectedSeriesRepository {
  private readonly ids: Database.Statement;
  private readonly reads = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    this.ids = db
      .prepare(
        'SELECT resource, id FROM series ' +
          'WHERE kind = ? AND resource IN (SELECT value FROM json_each(?))',
      )
      .raw();
  }

  /** The series ids of those resources of a kind that have one, by resource. */
  seriesIds(kind: string, resources: readonly string[]): Map<string, number> {
    const rows = this.ids.all(kind, JSON.stringify(resources)) as [string, number][];

    return new Map(rows);
  }

  /** Like `HistoryRepository.readRange`, for the rows of the series `sids` only. */
  readRange(
    kind: MetricKind,
    tier: TierName,
    fromSec: number,
    toSec: number,
    sids: readonly number[],
    visit: (row: StoredRow) => void,
  ): void {
    const scales = kind.metrics.map((metric) => metric.scale);
    const params = { from: fromSec, to: toSec, sids: JSON.stringify(sids) };
    for (const row of this.readStatement(kind, tier).iterate(params)) {
      const values = row as (number | null)[];
      for (let i = 0; i < scales.length; i++) {
        const stored = values[i + 2];
        values[i + 2] = stored === null ? NaN : stored / scales[i];
      }
      visit(values as StoredRow);
    }
  }

  private readStatement(kind: MetricKind, tier: TierName): Database.Statement {
    const key = `${kind.name}:${tier}`;
    let statement = this.reads.get(key);
    if (!statement) {
      statement = this.db.prepare(selectedRowsSql(kind, tier)).raw();
      this.reads.set(key, statement);
    }

    return statement;
  }
}

/** The read of chosen series: distinct times of the range, then a key lookup per series. */
export function selectedRowsSql(kind: MetricKind, tier: TierName): string {
  const table = tableName(kind.name, tier);
  const suffix = tier === 'raw' ? '' : '_avg';
  const columns = kind.metrics.map((metric) => `r.${metric.name}${suffix}`);
  const next = (after: string) => `(SELECT min(ts) FROM ${table} WHERE ts ${after} AND ts < @to)`;

  return (
    `WITH RECURSIVE times(ts) AS (SELECT ${next('>= @from')} ` +
    `UNION ALL SELECT ${next('> times.ts')} FROM times WHERE times.ts IS NOT NULL) ` +
    `SELECT r.sid, r.ts, ${columns.join(', ')} FROM times JOIN ${table} r ON r.ts = times.ts ` +
    'WHERE r.sid IN (SELECT value FROM json_each(@sids)) ORDER BY r.ts, r.sid'
  );
}
