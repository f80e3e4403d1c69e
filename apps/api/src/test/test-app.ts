import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createPulseApp } from '../services/bootstrap/create-app';
import { loadConfig } from '../services/config/load-config';
import { PulseConfig } from '../services/config/pulse-config';
import { LogCollector } from './log-collector';

export interface TestApp {
  app: NestExpressApplication;
  server: Server;
  config: PulseConfig;
  dataDir: string;
  logs: LogCollector;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
}

export function makeTempDir(prefix = 'pulse-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The real application on a temporary data directory (real SQLite file), metrics listener
 * off, logs collected in memory, web app missing unless `PULSE_FRONTEND_DIR` is given.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = makeTempDir();
  const config = loadConfig({
    PULSE_DATA_DIR: dataDir,
    PULSE_METRICS_PORT: 'off',
    PULSE_FRONTEND_DIR: join(dataDir, 'no-web-build'),
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
    ...options.env,
  });
  const logs = new LogCollector();
  const app = await createPulseApp({ config, logSink: logs, imports: options.imports });
  await app.init();

  return {
    app,
    server: app.getHttpServer(),
    config,
    dataDir,
    logs,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
