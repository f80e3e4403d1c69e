import { Module } from '@nestjs/common';

import { MockModule } from '../mock/mock.module';
import { NodeConnectionService } from './node-connection.service';
import { NodesController } from './nodes.controller';
import { NodesRepository } from './nodes.repository';
import { NodesService } from './nodes.service';

/** Node management (`/api/config/nodes`); other features read nodes through `NodesService`. */
@Module({
  imports: [MockModule],
  controllers: [NodesController],
  providers: [NodesRepository, NodesService, NodeConnectionService],
  exports: [NodesService],
})
export class NodesModule {}
