import { DynamicModule, Global, Module } from '@nestjs/common';

import { REALTIME_TUNING, RealtimeTuning } from '../realtime-tuning';

/** Gives a test app faster timers and smaller limits for the WebSocket hub. */
@Global()
@Module({})
export class RealtimeTuningModule {
  static with(tuning: Partial<RealtimeTuning>): DynamicModule {
    return {
      module: RealtimeTuningModule,
      providers: [{ provide: REALTIME_TUNING, useValue: tuning }],
      exports: [REALTIME_TUNING],
    };
  }
}
