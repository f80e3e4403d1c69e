import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { createPulseApp } from '../services/bootstrap/create-app';
import { loadConfig } from '../services/config/load-config';
import { buildOpenApiDocument, OPENAPI_FILE, renderOpenApiJson } from './openapi.document';

/** Regenerates apps/api/openapi.json from the controllers (`nx run api:openapi`). */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pulse-openapi-'));
  try {
    const config = loadConfig({
      PULSE_DATA_DIR: dataDir,
      PULSE_METRICS_PORT: 'off',
      LOG_LEVEL: 'warn',
    });
    const app = await createPulseApp({ config });
    const target = resolve(OPENAPI_FILE);
    writeFileSync(target, renderOpenApiJson(buildOpenApiDocument(app)));
    await app.close();
    process.stdout.write(`Wrote ${target}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
