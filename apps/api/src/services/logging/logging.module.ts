import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { LoggingSettings } from '../config/sections/logging.settings';
import { createRootLogger, LogSink } from './root-logger';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Routes Nest's logger into pino. The HTTP request logger is installed as the first
 * Express middleware by the app setup, so this module only binds it to each request.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(settings: LoggingSettings, sink?: LogSink): DynamicModule {
    const root = createRootLogger(settings, sink);

    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: { logger: root },
          useExisting: true,
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
      ],
      providers: [{ provide: ROOT_LOGGER, useValue: root }],
      exports: [ROOT_LOGGER],
    };
  }
}
