import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

import { METRICS_MIGRATIONS, MetricsMigration } from './metrics-migrations';

export const METRICS_DB_FILE = 'metrics.db';

export function metricsDbPath(dataDir: string): string {
  return join(dataDir, METRICS_DB_FILE);
}

/** metrics.db was written by a newer Pulse; opening it would lose or misread its history. */
export class MetricsSchemaError extends Error {}

export interface OpenedMetricsDb {
  db: Database.Database;
  /** Where an unreadable file was moved before a new one was made. */
  movedAside?: string;
}

/**
 * Opens (or creates) metrics.db and brings its schema up to date. A file SQLite cannot read is
 * moved aside and replaced by an empty one: losing chart history must not stop the server.
 */
export function openMetricsDb(
  path: string,
  migrations: readonly MetricsMigration[] = METRICS_MIGRATIONS,
): OpenedMetricsDb {
  try {
    return { db: openAndMigrate(path, migrations) };
  } catch (error) {
    if (!isUnreadable(error)) {
      throw error;
    }
    const movedAside = `${path}.corrupt-${Date.now()}`;
    moveAside(path, movedAside);

    return { db: openAndMigrate(path, migrations), movedAside };
  }
}

/** Runs the pending steps, each in its own transaction with its version bump. */
export function migrate(db: Database.Database, migrations: readonly MetricsMigration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new MetricsSchemaError(
      `metrics.db has schema version ${current}, newer than this Pulse knows ` +
        `(${migrations.length}). Upgrade Pulse, or delete metrics.db to start the history anew.`,
    );
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      migrations[version].up(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }

  return migrations.length;
}

function openAndMigrate(path: string, migrations: readonly MetricsMigration[]) {
  const db = new Database(path, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -8000');
    db.pragma('temp_store = MEMORY');
    migrate(db, migrations);

    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function isUnreadable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;

  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function moveAside(path: string, target: string): void {
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) {
      renameSync(path + suffix, target + suffix);
    }
  }
}
