import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';

import { createPulseApp } from '../../../services/bootstrap/create-app';
import { loadConfig } from '../../../services/config/load-config';
import { LogCollector } from '../../../test/log-collector';
import type { StateBatch } from '../../state/state-collections';
import { StateStore } from '../../state/state-store.service';
import { HistoryMaintenance } from '../storage/history-maintenance.service';

const MINUTE = 60_000;

/** A whole server on `dataDir` (no HTTP listener, no web build): a start, or a restart. */
export async function startOn(dataDir: string): Promise<NestExpressApplication> {
  const config = loadConfig({
    PULSE_DATA_DIR: dataDir,
    PULSE_METRICS_PORT: 'off',
    PULSE_FRONTEND_DIR: join(dataDir, 'no-web-build'),
    LOG_FORMAT: 'json',
  });
  const app = await createPulseApp({ config, logSink: new LogCollector() });

  return app.init();
}

/**
 * Three hours of polls a minute apart up to `now`, each with the collections `at(load, i)`
 * gives (i counts down from 180), then one rollup pass as the background job would run it.
 */
export async function recordThreeHours(
  app: NestExpressApplication,
  now: number,
  at: (load: number, i: number) => StateBatch['collections'],
): Promise<void> {
  const store = app.get(StateStore);
  for (let i = 180; i >= 1; i--) {
    store.apply({ source: 'pve:pve-0', at: now - i * MINUTE, collections: at((i % 50) / 100, i) });
  }
  await new Promise((resolve) => setImmediate(resolve));
  await app.get(HistoryMaintenance).run();
}
