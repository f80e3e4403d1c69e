import { Module } from '@nestjs/common';

import { SimpleStatsController } from './simple-stats.controller';

@Module({ controllers: [SimpleStatsController] })
export class SimpleStatsModule {}
