import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule, AppModuleOptions } from '../../app/app.module';
import { PulseWsAdapter } from '../../app/realtime/pulse-ws.adapter';
import { prepareDataDir } from '../config/data-dir';
import { PulseExpressAdapter } from '../http/pulse-express.adapter';
import { configurePulseApp } from './configure-app';
import { readHttpsOptions } from './https-options';

/** Builds the configured application (database migrated), ready to `init()` or `listen()`. */
export async function createPulseApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config } = options;
  prepareDataDir(config.dataDir);
  const adapter = new PulseExpressAdapter();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(options),
    adapter,
    {
      bufferLogs: true,
      bodyParser: false,
      abortOnError: false,
      httpsOptions: readHttpsOptions(config.server),
    },
  );
  app.useWebSocketAdapter(new PulseWsAdapter(app));
  configurePulseApp(app, adapter, config);

  return app;
}
