import type Database from 'better-sqlite3';

import { ROLLUP_TIER_NAMES, tableName } from './tiers';

/** One step of the metrics.db schema; step N brings `PRAGMA user_version` from N-1 to N. */
export interface MetricsMigration {
  name: string;
  up(db: Database.Database): void;
}

/**
 * The tables of one kind: `<kind>_raw` with a column per metric, and per rollup tier a row
 * per series and bucket with the sample count and each metric's min, max and average.
 * Keyed by (time, series) so that writes append and time-range reads and deletes are scans.
 */
export function createKindTables(db: Database.Database, kind: string, metrics: string[]): void {
  const key = 'ts INTEGER NOT NULL, sid INTEGER NOT NULL';
  const raw = metrics.map((metric) => `${metric} INTEGER`);
  db.exec(
    `CREATE TABLE ${tableName(kind, 'raw')} (${key}, ${raw.join(', ')}, ` +
      'PRIMARY KEY (ts, sid)) WITHOUT ROWID',
  );
  const rolled = metrics.flatMap((m) => [
    `${m}_min INTEGER`,
    `${m}_max INTEGER`,
    `${m}_avg INTEGER`,
  ]);
  for (const tier of ROLLUP_TIER_NAMES) {
    db.exec(
      `CREATE TABLE ${tableName(kind, tier)} (${key}, n INTEGER NOT NULL, ${rolled.join(', ')}, ` +
        'PRIMARY KEY (ts, sid)) WITHOUT ROWID',
    );
  }
}

/** Column lists are spelled out here, not taken from the kinds, so old steps never change. */
export const METRICS_MIGRATIONS: readonly MetricsMigration[] = [
  {
    name: 'initial schema',
    up: (db) => {
      db.exec(
        'CREATE TABLE series (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ' +
          'resource TEXT NOT NULL, last_seen INTEGER NOT NULL, UNIQUE (kind, resource))',
      );
      db.exec(
        'CREATE TABLE rollup_state (kind TEXT NOT NULL, tier TEXT NOT NULL, ' +
          'done_until INTEGER NOT NULL, PRIMARY KEY (kind, tier)) WITHOUT ROWID',
      );
      createKindTables(db, 'node', ['cpu', 'memory', 'disk']);
      createKindTables(db, 'guest', [
        'cpu',
        'memory',
        'disk',
        'diskread',
        'diskwrite',
        'netin',
        'netout',
      ]);
      createKindTables(db, 'storage', ['usage', 'used', 'total', 'avail']);
      createKindTables(db, 'datastore', ['usage', 'used', 'total', 'avail']);
    },
  },
];
