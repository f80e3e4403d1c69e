import type Database from 'better-sqlite3';

import type { MetricKind } from '../metric-kinds';
import type { HistoryRepository } from './history.repository';
import { NOMINAL_RAW_STEP_SEC, tableName, Tier, TierName } from './tiers';

/** Raw points may arrive this late (a slow poll); the minute tier waits for them. */
export const RAW_LAG_SEC = 60;

/** Most source time one step reads or deletes, so that no step blocks for long. */
export const CHUNK_SEC: Record<TierName, number> = {
  raw: 300,
  minute: 3_600,
  hour: 86_400,
  day: 30 * 86_400,
};

/**
 * Most source rows one step aggregates: a chunk of thousands of series (an hour of minute rows
 * of 10,000 guests is 600,000 rows, seconds of work) is rolled up a range of series at a time.
 */
export const MAX_STEP_ROWS = 100_000;

/** A chunk rolled up in series ranges: where the next step goes on. */
interface ChunkProgress {
  fromSec: number;
  toSec: number;
  nextSid: number;
}

/** What one step did, for logs and tests. */
export interface HistoryStep {
  action: 'rollup' | 'retention';
  kind: string;
  tier: TierName;
  fromSec: number;
  toSec: number;
}

/**
 * Rolls each tier up into the next coarser one (min of mins, max of maxes, averages weighted
 * by sample count) and deletes what is past its retention, one bounded step at a time. A tier
 * only loses rows that the next tier has already rolled up.
 */
export class HistoryRollup {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly progress = new Map<string, ChunkProgress>();

  constructor(
    private readonly repository: HistoryRepository,
    private readonly tiers: readonly Tier[],
    private readonly maxStepRows = MAX_STEP_ROWS,
  ) {}

  /** Does the next piece of work; `undefined` when everything is up to date. */
  step(nowSec: number): HistoryStep | undefined {
    for (const kind of this.repository.kinds) {
      for (let i = 1; i < this.tiers.length; i++) {
        const done = this.rollUp(kind, this.tiers[i - 1], this.tiers[i], nowSec);
        if (done) {
          return done;
        }
      }
    }
    for (const kind of this.repository.kinds) {
      for (let i = 0; i < this.tiers.length; i++) {
        const done = this.expire(kind, i, nowSec);
        if (done) {
          return done;
        }
      }
    }

    return undefined;
  }

  /** Runs steps until all is done (tests, benchmarks, tools). */
  runAll(nowSec: number): HistoryStep[] {
    const steps: HistoryStep[] = [];
    for (let step = this.step(nowSec); step; step = this.step(nowSec)) {
      steps.push(step);
    }

    return steps;
  }

  private rollUp(
    kind: MetricKind,
    source: Tier,
    target: Tier,
    nowSec: number,
  ): HistoryStep | undefined {
    const end = floorTo(this.sourceEnd(kind, source, nowSec), target.bucketSec);
    const next = this.nextSourceTime(
      kind,
      source,
      this.repository.doneUntil(kind.name, target.name),
    );
    if (next === undefined || next >= end) {
      return this.markDone(kind, target, end);
    }
    const fromSec = floorTo(next, target.bucketSec);
    const key = `${kind.name}:${target.name}`;
    const started = this.progress.get(key);
    this.progress.delete(key);
    // Chunks are whole target buckets, so each bucket is rolled up from all its rows at once.
    const toSec =
      started?.fromSec === fromSec
        ? started.toSec
        : Math.min(end, floorTo(fromSec + CHUNK_SEC[source.name], target.bucketSec));
    const range = this.seriesRange(kind, source, toSec - fromSec, started?.nextSid);
    this.repository.db.transaction(() => {
      if (range) {
        const sql = rollupSql(kind, source.name, target, true);
        this.prepared(sql).run(fromSec, toSec, range.fromSid, range.toSid);
      } else {
        this.prepared(rollupSql(kind, source.name, target)).run(fromSec, toSec);
      }
      if (range && range.toSid <= range.lastSid) {
        this.progress.set(key, { fromSec, toSec, nextSid: range.toSid });
      } else {
        this.repository.setDoneUntil(kind.name, target.name, toSec);
      }
    })();

    return { action: 'rollup', kind: kind.name, tier: target.name, fromSec, toSec };
  }

  /**
   * The series ids `[fromSid, toSid)` this step rolls up when the chunk holds more than
   * {@link MAX_STEP_ROWS} rows, or `undefined` to do the whole chunk at once.
   */
  private seriesRange(kind: MetricKind, source: Tier, spanSec: number, nextSid?: number) {
    const stepSec = source.name === 'raw' ? NOMINAL_RAW_STEP_SEC : source.bucketSec;
    const perStep = Math.max(1, Math.floor(this.maxStepRows / Math.max(1, spanSec / stepSec)));
    const ids = this.prepared(
      'SELECT count(*) AS count, min(id) AS first, max(id) AS last FROM series WHERE kind = ?',
    ).get(kind.name) as { count: number; first: number | null; last: number | null };
    if (ids.count <= perStep || ids.first === null || ids.last === null) {
      return undefined;
    }
    const fromSid = Math.max(nextSid ?? ids.first, ids.first);

    return { fromSid, toSid: fromSid + perStep, lastSid: ids.last };
  }

  /** Moves the watermark over a stretch without source rows, so reads stop looking there. */
  private markDone(kind: MetricKind, target: Tier, end: number): undefined {
    const done = this.repository.doneUntil(kind.name, target.name);
    if (done !== undefined && end > done) {
      this.repository.setDoneUntil(kind.name, target.name, end);
    }

    return undefined;
  }

  private sourceEnd(kind: MetricKind, source: Tier, nowSec: number): number {
    if (source.name === 'raw') {
      return nowSec - RAW_LAG_SEC;
    }

    return this.repository.doneUntil(kind.name, source.name) ?? 0;
  }

  private nextSourceTime(kind: MetricKind, source: Tier, afterSec = 0): number | undefined {
    const table = tableName(kind.name, source.name);
    const row = this.prepared(`SELECT min(ts) AS ts FROM ${table} WHERE ts >= ?`).get(afterSec) as {
      ts: number | null;
    };

    return row.ts ?? undefined;
  }

  private expire(kind: MetricKind, index: number, nowSec: number): HistoryStep | undefined {
    const tier = this.tiers[index];
    const coarser = this.tiers[index + 1];
    let cutoff = nowSec - Math.floor(tier.retentionMs / 1000);
    if (coarser) {
      cutoff = Math.min(cutoff, this.repository.doneUntil(kind.name, coarser.name) ?? 0);
    }
    const oldest = this.nextSourceTime(kind, tier);
    if (oldest === undefined || oldest >= cutoff) {
      return undefined;
    }
    const toSec = Math.min(cutoff, oldest + CHUNK_SEC[tier.name]);
    const table = tableName(kind.name, tier.name);
    this.prepared(`DELETE FROM ${table} WHERE ts < ?`).run(toSec);

    return { action: 'retention', kind: kind.name, tier: tier.name, fromSec: oldest, toSec };
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.repository.db.prepare(sql);
      this.statements.set(sql, statement);
    }

    return statement;
  }
}

/**
 * The INSERT … SELECT that fills `target` buckets from `source` rows in `[?, ?)`, and with
 * `bySeries` only for series ids in a second `[?, ?)`.
 */
export function rollupSql(
  kind: MetricKind,
  source: TierName,
  target: Tier,
  bySeries = false,
): string {
  const names = kind.metrics.map((metric) => metric.name);
  const targetColumns = names.flatMap((m) => [`${m}_min`, `${m}_max`, `${m}_avg`]);
  const aggregates =
    source === 'raw'
      ? names.flatMap((m) => [`min(${m})`, `max(${m})`, `round(avg(${m}))`])
      : names.flatMap((m) => [
          `min(${m}_min)`,
          `max(${m}_max)`,
          `round(total(${m}_avg * n) / sum(CASE WHEN ${m}_avg IS NULL THEN 0 ELSE n END))`,
        ]);
  const count = source === 'raw' ? 'count(*)' : 'sum(n)';
  const bucket = `ts - ts % ${target.bucketSec}`;

  return (
    `INSERT OR REPLACE INTO ${tableName(kind.name, target.name)} ` +
    `(ts, sid, n, ${targetColumns.join(', ')}) ` +
    `SELECT ${bucket} AS bucket, sid, ${count}, ${aggregates.join(', ')} ` +
    `FROM ${tableName(kind.name, source)} WHERE ts >= ? AND ts < ? ` +
    `${bySeries ? 'AND sid >= ? AND sid < ? ' : ''}GROUP BY bucket, sid`
  );
}

function floorTo(timeSec: number, stepSec: number): number {
  return timeSec - (((timeSec % stepSec) + stepSec) % stepSec);
}
