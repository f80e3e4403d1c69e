import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeTempDir } from '../../../test/test-app';
import { METRICS_MIGRATIONS, MetricsMigration } from './metrics-migrations';
import { metricsDbPath, MetricsSchemaError, openMetricsDb } from './metrics-db';

function tables(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

  return (rows.all() as { name: string }[]).map((row) => row.name);
}

describe('metrics.db', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = makeTempDir('pulse-metrics-db-');
    path = metricsDbPath(dir);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the schema in WAL mode with user_version at the last migration', () => {
    const { db, movedAside } = openMetricsDb(path);

    expect(movedAside).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(METRICS_MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(tables(db)).toEqual(
      expect.arrayContaining(['series', 'rollup_state', 'guest_raw', 'guest_minute', 'node_day']),
    );
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('guest_hour');
    expect(columns).toEqual(expect.arrayContaining(['ts', 'sid', 'n', 'cpu_min', 'netout_avg']));
    db.close();
  });

  it('runs only the steps a database has not had yet', () => {
    const ran: string[] = [];
    const step = (name: string): MetricsMigration => ({
      name,
      up: (db) => {
        ran.push(name);
        db.exec(`CREATE TABLE ${name} (x INTEGER)`);
      },
    });
    openMetricsDb(path, [step('one')]).db.close();
    const { db } = openMetricsDb(path, [step('one'), step('two')]);

    expect(ran).toEqual(['one', 'two']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tables(db)).toEqual(['one', 'two']);
    db.close();
  });

  it('rolls a failed step back and keeps the version', () => {
    const failing: MetricsMigration = {
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('step failed');
      },
    };

    expect(() => openMetricsDb(path, [failing])).toThrow('step failed');
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const newer = new Database(path);
    newer.pragma(`user_version = ${METRICS_MIGRATIONS.length + 1}`);
    newer.close();

    expect(() => openMetricsDb(path)).toThrow(MetricsSchemaError);
    expect(() => openMetricsDb(path)).toThrow(/delete metrics.db/);
    expect(existsSync(path)).toBe(true);
  });

  it('moves an unreadable file aside and starts a new one', () => {
    writeFileSync(path, Buffer.alloc(8192, 7));
    const { db, movedAside } = openMetricsDb(path);

    expect(movedAside).toMatch(/metrics\.db\.corrupt-\d+$/);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['metrics.db']));
    expect(existsSync(movedAside as string)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(METRICS_MIGRATIONS.length);
    db.close();
  });

  it('keeps its data when opened again', () => {
    const first = openMetricsDb(path).db;
    first
      .prepare('INSERT INTO series (kind, resource, last_seen) VALUES (?, ?, ?)')
      .run('guest', 'a', 1);
    first.close();
    const again = openMetricsDb(join(dir, 'metrics.db')).db;

    expect(again.prepare('SELECT resource FROM series').pluck().all()).toEqual(['a']);
    again.close();
  });
});
