import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DeploymentType, VersionResponse } from '@pulse/contracts';

export class VersionResponseDto implements VersionResponse {
  @ApiProperty({ description: 'Semantic version with a leading v.', example: 'v4.26.1' })
  version!: string;

  @ApiProperty({ enum: ['release', 'development'] })
  build!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'When the server was built (for a run from the sources, when it started).',
    example: '2025-10-20T10:30:00Z',
  })
  buildTime!: string;

  @ApiProperty({ example: 'node' })
  runtime!: string;

  @ApiProperty({
    description: 'Node.js version; the field name is kept for clients of the original.',
    example: 'v20.20.2',
  })
  goVersion!: string;

  @ApiProperty({ enum: ['stable', 'rc'] })
  channel!: 'stable' | 'rc';

  @ApiProperty({
    description: 'docker, kubernetes, systemd, development, source, or a container type.',
    example: 'docker',
  })
  deploymentType!: DeploymentType;

  @ApiProperty()
  isDocker!: boolean;

  @ApiProperty()
  isSourceBuild!: boolean;

  @ApiProperty()
  isDevelopment!: boolean;

  @ApiProperty()
  containerized!: boolean;

  @ApiPropertyOptional({ description: 'Host name, present when containerized.' })
  containerId?: string;

  @ApiProperty()
  updateAvailable!: boolean;

  @ApiPropertyOptional({ example: '4.26.1' })
  latestVersion?: string;
}
