import { DataSource } from 'typeorm';

import { createDataSourceOptions } from './data-source.options';
import { MIGRATIONS } from './migrations';

describe('database schema', () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = new DataSource({ ...createDataSourceOptions(':memory:'), migrationsRun: false });
    await dataSource.initialize();
  });

  afterEach(() => dataSource.destroy());

  it('matches the entities once every migration has run', async () => {
    await dataSource.runMigrations();

    const pending = await dataSource.driver.createSchemaBuilder().log();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('names every migration <epoch-ms><PascalName> in order', () => {
    const names = MIGRATIONS.map((migration) => migration.name);
    const stamps = names.map((name) => Number(/(\d{13})$/.exec(name)?.[1]));

    expect(names.every((name) => /^[A-Z][A-Za-z]+\d{13}$/.test(name))).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });

  it('can undo every migration', async () => {
    await dataSource.runMigrations();

    for (let left = MIGRATIONS.length; left > 0; left--) {
      await dataSource.undoLastMigration();
    }

    const tables = await dataSource.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
        "AND name <> 'migrations'",
    );
    expect(tables).toEqual([]);
  });
});
