import { Module } from '@nestjs/common';

import { SystemController } from './system.controller';
import { SystemService } from './system.service';

/** `GET /api/health` and `GET /api/version`. */
@Module({
  controllers: [SystemController],
  providers: [SystemService],
})
export class SystemModule {}
