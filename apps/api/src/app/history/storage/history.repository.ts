import type Database from 'better-sqlite3';

import type { MetricKind } from '../metric-kinds';
import { tableName, TierName } from './tiers';

export interface SeriesRow {
  id: number;
  kind: string;
  resource: string;
}

/** One polled point of one series, values in the order of its kind's metrics. */
export interface RawPoint {
  kind: MetricKind;
  sid: number;
  timeSec: number;
  values: ArrayLike<number>;
}

/** A stored row as read back: series id, bucket start in seconds, then one value per metric. */
export type StoredRow = [sid: number, timeSec: number, ...values: number[]];

interface RollupStateRow {
  kind: string;
  tier: TierName;
  done_until: number;
}

/** The queries on metrics.db that the recorder and the charts make. */
export class HistoryRepository {
  private readonly inserts = new Map<string, Database.Statement>();
  private readonly reads = new Map<string, Database.Statement>();
  private readonly upsertSeries: Database.Statement;
  private readonly touch: Database.Statement;
  private readonly watermarks = new Map<string, number>();

  constructor(
    readonly db: Database.Database,
    readonly kinds: readonly MetricKind[],
  ) {
    this.upsertSeries = db.prepare(
      'INSERT INTO series (kind, resource, last_seen) VALUES (?, ?, ?) ' +
        'ON CONFLICT (kind, resource) DO UPDATE SET last_seen = excluded.last_seen RETURNING id',
    );
    this.touch = db.prepare('UPDATE series SET last_seen = ? WHERE id = ?');
    this.loadWatermarks();
    for (const kind of kinds) {
      this.inserts.set(kind.name, db.prepare(insertSql(kind)));
    }
  }

  /** Where (seconds, exclusive) a rollup tier is complete; undefined before its first rollup. */
  doneUntil(kind: string, tier: TierName): number | undefined {
    return this.watermarks.get(`${kind}:${tier}`);
  }

  setDoneUntil(kind: string, tier: TierName, timeSec: number): void {
    this.db
      .prepare(
        'INSERT INTO rollup_state (kind, tier, done_until) VALUES (?, ?, ?) ' +
          'ON CONFLICT (kind, tier) DO UPDATE SET done_until = excluded.done_until',
      )
      .run(kind, tier, timeSec);
    this.watermarks.set(`${kind}:${tier}`, timeSec);
  }

  loadSeries(): SeriesRow[] {
    return this.db.prepare('SELECT id, kind, resource FROM series').all() as SeriesRow[];
  }

  /** The id of a series, created on first sight. */
  seriesId(kind: string, resource: string, seenSec: number): number {
    return (this.upsertSeries.get(kind, resource, seenSec) as { id: number }).id;
  }

  /** Deletes the series last seen before `beforeSec`; answers their ids. */
  deleteSeriesSeenBefore(beforeSec: number): number[] {
    return this.db
      .prepare('DELETE FROM series WHERE last_seen < ? RETURNING id')
      .pluck()
      .all(beforeSec) as number[];
  }

  touchSeries(ids: readonly number[], seenSec: number): void {
    this.db.transaction(() => ids.forEach((id) => this.touch.run(seenSec, id)))();
  }

  /** Writes one poll batch in one transaction. */
  writeRaw(points: readonly RawPoint[]): void {
    this.db.transaction(() => {
      for (const point of points) {
        const params: (number | null)[] = [point.timeSec, point.sid];
        point.kind.metrics.forEach((metric, i) =>
          params.push(toStored(point.values[i], metric.scale)),
        );
        this.inserts.get(point.kind.name)?.run(params);
      }
    })();
  }

  /**
   * Visits the rows of a tier with `fromSec <= time < toSec` in time order, values scaled back
   * (NaN where nothing was stored). Rollup tiers give their averages.
   */
  readRange(
    kind: MetricKind,
    tier: TierName,
    fromSec: number,
    toSec: number,
    visit: (row: StoredRow) => void,
  ): void {
    const scales = kind.metrics.map((metric) => metric.scale);
    for (const row of this.readStatement(kind, tier).iterate(fromSec, toSec)) {
      const values = row as (number | null)[];
      for (let i = 0; i < scales.length; i++) {
        const stored = values[i + 2];
        values[i + 2] = stored === null ? NaN : stored / scales[i];
      }
      visit(values as StoredRow);
    }
  }

  private loadWatermarks(): void {
    const states = this.db.prepare('SELECT kind, tier, done_until FROM rollup_state').all();
    for (const { kind, tier, done_until } of states as RollupStateRow[]) {
      this.watermarks.set(`${kind}:${tier}`, done_until);
    }
  }

  private readStatement(kind: MetricKind, tier: TierName): Database.Statement {
    const key = `${kind.name}:${tier}`;
    let statement = this.reads.get(key);
    if (!statement) {
      const suffix = tier === 'raw' ? '' : '_avg';
      const columns = kind.metrics.map((metric) => metric.name + suffix);
      statement = this.db
        .prepare(
          `SELECT sid, ts, ${columns.join(', ')} FROM ${tableName(kind.name, tier)} ` +
            'WHERE ts >= ? AND ts < ? ORDER BY ts, sid',
        )
        .raw();
      this.reads.set(key, statement);
    }

    return statement;
  }
}

function insertSql(kind: MetricKind): string {
  const columns = kind.metrics.map((metric) => metric.name);
  const marks = columns.map(() => '?').join(', ');

  return (
    `INSERT OR REPLACE INTO ${tableName(kind.name, 'raw')} (ts, sid, ${columns.join(', ')}) ` +
    `VALUES (?, ?, ${marks})`
  );
}

export function toStored(value: number, scale: number): number | null {
  return Number.isNaN(value) ? null : Math.round(value * scale);
}
