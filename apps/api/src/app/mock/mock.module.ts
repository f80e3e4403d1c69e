import { Module } from '@nestjs/common';

import { StateModule } from '../state/state.module';
import { MockModeController } from './mock-mode.controller';
import { MockModeService } from './mock-mode.service';

/** Mock mode (`/api/system/mock-mode`, `PULSE_MOCK_MODE`): synthetic data instead of polling. */
@Module({
  imports: [StateModule],
  controllers: [MockModeController],
  providers: [MockModeService],
  exports: [MockModeService],
})
export class MockModule {}
