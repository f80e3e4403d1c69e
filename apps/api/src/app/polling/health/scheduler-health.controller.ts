import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SchedulerHealthResponse } from '@pulse/contracts';

import { PollingService } from '../polling.service';
import { buildSchedulerHealth } from './scheduler-health.builder';

// TODO: require authentication (any signed-in user or API token) once the auth feature exists.
@ApiTags('monitoring')
@Controller('api/monitoring/scheduler/health')
export class SchedulerHealthController {
  constructor(private readonly polling: PollingService) {}

  /** Express answers HEAD from this GET handler with the same headers and no body. */
  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Queue, circuit breakers, dead-letter queue and staleness per instance.',
  })
  @ApiOkResponse({ description: 'See SchedulerHealthResponse in @pulse/contracts.' })
  health(): SchedulerHealthResponse {
    return buildSchedulerHealth(this.polling.list(), this.polling.enabled, Date.now());
  }
}
