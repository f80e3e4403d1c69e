import { Module } from '@nestjs/common';

import { ResourcesController } from './resources.controller';
import { StateController } from './state.controller';
import { StateStore } from './state-store.service';

/** The live state of everything monitored; pollers and agents write, readers subscribe. */
@Module({
  controllers: [StateController, ResourcesController],
  providers: [StateStore],
  exports: [StateStore],
})
export class StateModule {}
