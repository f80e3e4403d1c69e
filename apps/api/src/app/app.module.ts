import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';

import { ConfigModule } from '../services/config/config.module';
import { CryptoModule } from '../services/crypto/crypto.module';
import { PulseConfig } from '../services/config/pulse-config';
import { DatabaseModule } from '../services/database/database.module';
import { HttpModule } from '../services/http/http.module';
import { LoggingModule } from '../services/logging/logging.module';
import { LogSink } from '../services/logging/root-logger';
import { MetricsModule } from '../services/metrics/metrics.module';
import { HistoryModule } from './history/history.module';
import { NodesModule } from './nodes/nodes.module';
import { PollingModule } from './polling/polling.module';
import { RealtimeModule } from './realtime/realtime.module';
import { SettingsModule } from './settings/settings.module';
import { SimpleStatsModule } from './simple-stats/simple-stats.module';
import { StateModule } from './state/state.module';
import { SystemModule } from './system/system.module';

export interface AppModuleOptions {
  config: PulseConfig;
  /** Where log lines go instead of stdout (tests). */
  logSink?: LogSink;
  /** Extra modules (tests add probe controllers). */
  imports?: ModuleMetadata['imports'];
}

@Module({})
export class AppModule {
  static register({ config, logSink, imports = [] }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config.logging, logSink),
        DatabaseModule,
        CryptoModule,
        HttpModule,
        MetricsModule,
        SettingsModule,
        NodesModule,
        PollingModule,
        StateModule,
        RealtimeModule,
        SimpleStatsModule,
        SystemModule,
        HistoryModule,
        ...imports,
      ],
    };
  }
}
