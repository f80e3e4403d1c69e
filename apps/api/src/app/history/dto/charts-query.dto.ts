import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHART_RANGES } from '@pulse/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { ResourceIdsQuery } from './resource-ids';

export class ChartsQueryDto {
  @ApiPropertyOptional({
    enum: CHART_RANGES,
    default: '1h',
    description: 'Time span of the charts; any other value answers as 1h.',
  })
  @IsOptional()
  @IsString({ message: 'range must be a single value such as 1h or 7d' })
  @MaxLength(16, { message: 'range must be a single value such as 1h or 7d' })
  range?: string;

  @ResourceIdsQuery(
    'Only these guests, nodes and storages (an extension of ours).',
    'pve1-node1-100,pve1-node1,pve1-node1-local',
  )
  id?: string[];
}
