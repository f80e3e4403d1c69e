import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';

import { ConfigError } from '../config/config.error';
import { loadConfig } from '../config/load-config';
import { PulseConfig } from '../config/pulse-config';
import { createPulseApp } from './create-app';
import { httpsFallbackWarning } from './https-options';

/** Starts the server; any failure before it listens ends the process with exit code 1. */
export async function bootstrap(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const config = loadConfig(env);
    const app = await createPulseApp({ config });
    app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
    await listen(app, config);
  } catch (error) {
    exitOnStartupFailure(error);
  }
}

async function listen(app: NestExpressApplication, config: PulseConfig): Promise<void> {
  const logger = new Logger('Bootstrap');
  const warning = httpsFallbackWarning(config.server);
  if (warning) {
    logger.warn(warning);
  }
  const { port, bindAddress } = config.server;
  await app.listen(port, bindAddress);
  const address = app.getHttpServer().address() as AddressInfo;
  const scheme = config.server.httpsEnabled && !warning ? 'https' : 'http';
  logger.log(`Pulse listening on ${scheme}://${bindAddress}:${address.port}`);
  logger.log(`Data directory ${config.dataDir}`);
}

function exitOnStartupFailure(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`Pulse cannot start. ${error.message}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`Pulse failed to start: ${detail}\n`);
  }
  process.exit(1);
}
