import { accessSync, constants, mkdirSync, statSync } from 'node:fs';

import { ConfigError } from './config.error';
import { DATA_DIR_VARIABLE } from './load-config';

/** Creates the data directory (owner-only, mode 0700) when missing and checks it is writable. */
export function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (!statSync(dataDir).isDirectory()) {
      throw new Error('not a directory');
    }
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([
      `${DATA_DIR_VARIABLE}=${JSON.stringify(dataDir)} is not usable: ${reason}`,
    ]);
  }
}
