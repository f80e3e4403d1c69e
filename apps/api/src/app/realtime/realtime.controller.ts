import { BadRequestException, Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** A plain `GET /ws` without the upgrade headers is an error, as with the original. */
@ApiExcludeController()
@Controller('ws')
export class RealtimeController {
  @Get()
  upgradeRequired(): never {
    throw new BadRequestException('WebSocket upgrade required');
  }
}
