import { Module } from '@nestjs/common';

import { PulseConfig } from '../../services/config/pulse-config';
import { StateModule } from '../state/state.module';
import { ChartsController } from './charts.controller';
import { ChartsService } from './charts.service';
import { HistoryReader } from './query/history-reader.service';
import { HistoryRecorder } from './recording/history-recorder.service';
import { MemoryHistory } from './recording/memory-history';
import { HistoryMaintenance } from './storage/history-maintenance.service';
import { MetricsDatabase } from './storage/metrics-database.service';
import { NOMINAL_RAW_STEP_SEC } from './storage/tiers';

/** Metrics history: records every numeric metric of the state and serves the charts. */
@Module({
  imports: [StateModule],
  controllers: [ChartsController],
  providers: [
    MetricsDatabase,
    {
      provide: MemoryHistory,
      inject: [PulseConfig],
      useFactory: (config: PulseConfig) =>
        new MemoryHistory(Math.ceil(config.history.memoryWindowMs / 1000 / NOMINAL_RAW_STEP_SEC)),
    },
    HistoryRecorder,
    HistoryReader,
    HistoryMaintenance,
    ChartsService,
  ],
  exports: [HistoryRecorder, ChartsService],
})
export class HistoryModule {}
