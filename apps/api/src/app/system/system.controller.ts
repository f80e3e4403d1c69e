import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { HealthResponseDto } from './dto/health-response.dto';
import { VersionResponseDto } from './dto/version-response.dto';
import { SystemService } from './system.service';

@ApiTags('system')
@Controller('api')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Get('health')
  @ApiOperation({ summary: 'Liveness: answers while the server runs. Public.' })
  @ApiOkResponse({ type: HealthResponseDto })
  health(): HealthResponseDto {
    return this.system.health();
  }

  @Get('version')
  @ApiOperation({ summary: 'Version, build and deployment of this server. Public.' })
  @ApiOkResponse({ type: VersionResponseDto })
  version(): VersionResponseDto {
    return this.system.version();
  }
}
