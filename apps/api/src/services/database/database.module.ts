import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PulseConfig } from '../config/pulse-config';
import { createDataSourceOptions, databasePath } from './data-source.options';
import { TypeOrmLogAdapter } from './typeorm-logger';

/** `<data dir>/pulse.db`, migrated at start and closed when the app shuts down. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [PulseConfig],
      useFactory: (config: PulseConfig) => ({
        ...createDataSourceOptions(databasePath(config.dataDir), new TypeOrmLogAdapter()),
        retryAttempts: 0,
      }),
    }),
  ],
})
export class DatabaseModule {}
