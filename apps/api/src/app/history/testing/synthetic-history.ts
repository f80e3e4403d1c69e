import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';

import { GUEST_KIND } from '../metric-kinds';
import { HistoryRepository } from '../storage/history.repository';
import { HistorySettings } from '../../../services/config/sections/history.settings';
import { openMetricsFixture } from './metrics-fixtures';
import {
  BUCKET_SEC,
  NOMINAL_RAW_STEP_SEC,
  tableName,
  TierName,
  TIER_NAMES,
} from '../storage/tiers';

/**
 * SQL for a random reading of one guest metric, as stored (percent × 100, bytes per second):
 * percentages spread over 0–100 %, I/O rates over 0–50 MB/s. Every fifth guest is stopped:
 * its rows hold zeros, which SQLite stores in no bytes.
 */
function reading(metric: string, sid: string): string {
  const running = `(${sid} % 5 <> 0)`;
  const spread = metric === 'cpu' || metric === 'memory' || metric === 'disk' ? 10_000 : 50_000_000;

  return `(CASE WHEN ${running} THEN abs(random()) % ${spread} ELSE 0 END)`;
}

/** Inserts a row per guest series and bucket of `tier` for `[fromSec, toSec)`, in one statement. */
export function fillGuestTier(
  repository: HistoryRepository,
  tier: TierName,
  fromSec: number,
  toSec: number,
  stepSec = tier === 'raw' ? NOMINAL_RAW_STEP_SEC : BUCKET_SEC[tier],
): number {
  const metrics = GUEST_KIND.metrics.map((metric) => metric.name);
  const columns =
    tier === 'raw' ? metrics : metrics.flatMap((m) => [`${m}_min`, `${m}_max`, `${m}_avg`]);
  const values =
    tier === 'raw'
      ? metrics.map((m) => reading(m, 's.id'))
      : metrics.flatMap((m) => [
          `${reading(m, 's.id')} / 2`,
          reading(m, 's.id'),
          reading(m, 's.id'),
        ]);
  const count = tier === 'raw' ? [] : [String(Math.round(stepSec / NOMINAL_RAW_STEP_SEC))];
  const target = [...(tier === 'raw' ? [] : ['n']), ...columns];
  const sql =
    'WITH RECURSIVE t(ts) AS (SELECT ? UNION ALL SELECT ts + ? FROM t WHERE ts + ? < ?) ' +
    `INSERT OR REPLACE INTO ${tableName('guest', tier)} (ts, sid, ${target.join(', ')}) ` +
    `SELECT t.ts, s.id, ${[...count, ...values].join(', ')} ` +
    `FROM t CROSS JOIN series s WHERE s.kind = 'guest' ORDER BY t.ts, s.id`;

  return repository.db.prepare(sql).run(fromSec, stepSec, stepSec, toSec).changes;
}

/** Registers `count` guest series (`bench-guest-<n>`). */
export function addGuestSeries(repository: HistoryRepository, count: number, seenSec: number) {
  const insert = repository.db.prepare(
    'INSERT OR IGNORE INTO series (kind, resource, last_seen) VALUES (?, ?, ?)',
  );
  repository.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      insert.run('guest', `bench-guest-${i}`, seenSec);
    }
  })();
}

export interface DiskUsage {
  guests: number;
  fileBytes: number;
  bytesPerGuest: number;
  /** Rows per guest and bytes per guest of each tier's table. */
  tiers: Record<TierName, { rowsPerGuest: number; bytesPerGuest: number }>;
}

/**
 * Fills metrics.db at `path` with what `guests` guests leave after a year of polling every 10 s
 * under the default retention (each tier full), and measures it.
 */
export function measureGuestYear(path: string, guests: number, nowSec: number): DiskUsage {
  const settings = new HistorySettings();
  const fixture = openMetricsFixture(path);
  const { repository } = fixture;
  addGuestSeries(repository, guests, nowSec);
  const retentionSec: Record<TierName, number> = {
    raw: settings.rawRetentionMs / 1000,
    minute: settings.minuteRetentionMs / 1000,
    hour: settings.hourRetentionMs / 1000,
    day: settings.dayRetentionMs / 1000,
  };
  const rows = {} as Record<TierName, number>;
  for (const tier of TIER_NAMES) {
    const end = nowSec - (nowSec % BUCKET_SEC[tier]);
    rows[tier] = fillGuestTier(repository, tier, end - retentionSec[tier], end);
  }
  repository.db.pragma('wal_checkpoint(TRUNCATE)');
  const tableBytes = bytesPerTable(repository.db);
  fixture.close();
  const fileBytes = statSync(path).size;

  return {
    guests,
    fileBytes,
    bytesPerGuest: fileBytes / guests,
    tiers: Object.fromEntries(
      TIER_NAMES.map((tier) => [
        tier,
        {
          rowsPerGuest: rows[tier] / guests,
          bytesPerGuest: (tableBytes.get(tableName('guest', tier)) ?? 0) / guests,
        },
      ]),
    ) as DiskUsage['tiers'],
  };
}

function bytesPerTable(db: Database.Database): Map<string, number> {
  const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all();

  return new Map((rows as { name: string; bytes: number }[]).map((row) => [row.name, row.bytes]));
}
