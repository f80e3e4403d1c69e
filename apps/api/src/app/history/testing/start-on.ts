import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';

import { createPulseApp } from '../../../services/bootstrap/create-app';
import { loadConfig } from '../../../services/config/load-config';
import { LogCollector } from '../../../test/log-collector';

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
