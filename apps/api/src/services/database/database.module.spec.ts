import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

import { startTestApp, TestApp } from '../../test/test-app';

describe('the application database', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('lives in <data dir>/pulse.db, in WAL mode, with every migration applied', async () => {
    const dataSource = testApp.app.get(DataSource);

    expect(existsSync(join(testApp.dataDir, 'pulse.db'))).toBe(true);
    expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('is closed when the app closes', async () => {
    const other = await startTestApp();
    const dataSource = other.app.get(DataSource);

    await other.close();

    expect(dataSource.isInitialized).toBe(false);
  });
});
