import { Module } from '@nestjs/common';

import { StateStore } from './state-store.service';

/** The live state of everything monitored; pollers and agents write, readers subscribe. */
@Module({
  providers: [StateStore],
  exports: [StateStore],
})
export class StateModule {}
