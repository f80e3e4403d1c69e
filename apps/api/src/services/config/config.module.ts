import { DynamicModule, Global, Module } from '@nestjs/common';

import { PulseConfig } from './pulse-config';

/** Makes the configuration loaded at start injectable everywhere as `PulseConfig`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: PulseConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: PulseConfig, useValue: config }],
      exports: [PulseConfig],
    };
  }
}
