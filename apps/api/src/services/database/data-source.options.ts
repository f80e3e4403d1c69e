import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const DATABASE_FILE = 'pulse.db';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/** The SQLite database: WAL journal, no schema sync, pending migrations run at start. */
export function createDataSourceOptions(
  database: string,
  logger?: TypeOrmLogger,
): DataSourceOptions {
  return {
    type: 'better-sqlite3',
    driver: Database,
    database,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: true,
    enableWAL: true,
    timeout: 5000,
    prepareDatabase: (db: Database.Database) => {
      db.pragma('foreign_keys = ON');
    },
    logger,
    logging: logger ? ['error', 'warn', 'migration'] : false,
  };
}
