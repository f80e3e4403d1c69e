import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthResponse } from '@pulse/contracts';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['healthy'], example: 'healthy' })
  status!: 'healthy';

  @ApiProperty({ type: 'integer', description: 'Unix time in seconds.', example: 1754995749 })
  timestamp!: number;

  @ApiProperty({ description: 'Seconds since the server started.', example: 166.19 })
  uptime!: number;

  @ApiProperty({ description: 'Kept for clients of the original; always true.' })
  proxyInstallScriptAvailable!: boolean;

  @ApiPropertyOptional({ description: 'Present only when PULSE_DEV_ALLOW_CONTAINER_SSH=true.' })
  devModeSSH?: boolean;
}
