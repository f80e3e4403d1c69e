import { Module } from '@nestjs/common';

import { MemoryModule } from '../memory/memory.module';
import { MockModule } from '../mock/mock.module';
import { NodesModule } from '../nodes/nodes.module';
import { SettingsModule } from '../settings/settings.module';
import { StateModule } from '../state/state.module';
import { PulseConfig } from '../../services/config/pulse-config';
import { collectorFactory, collectorOptionsFromConfig } from './collectors';
import { SchedulerHealthController } from './health/scheduler-health.controller';
import { PollMetrics } from './metrics/poll-metrics.service';
import { PollingIntervals } from './polling-intervals.service';
import { PollingService } from './polling.service';
import { COLLECTOR_FACTORY } from './polling.tokens';

/** Polls every configured instance into the state store; scheduler health and metrics. */
@Module({
  imports: [NodesModule, StateModule, SettingsModule, MockModule, MemoryModule],
  controllers: [SchedulerHealthController],
  providers: [
    PollingService,
    PollingIntervals,
    PollMetrics,
    {
      provide: COLLECTOR_FACTORY,
      inject: [PulseConfig],
      useFactory: (config: PulseConfig) =>
        collectorFactory(collectorOptionsFromConfig(config.polling)),
    },
  ],
  exports: [PollingService],
})
export class PollingModule {}
