import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

import { createDataSourceOptions, databasePath } from './data-source.options';

/**
 * The data source for the TypeORM CLI (`nx run api:migration-generate`, `api:migration-run`).
 * It opens `$PULSE_DATA_DIR/pulse.db`, `./data/pulse.db` by default.
 */
export default new DataSource({
  ...createDataSourceOptions(databasePath(resolve(process.env['PULSE_DATA_DIR'] || 'data'))),
  migrationsRun: false,
});
