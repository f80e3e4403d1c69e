import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

import { ResourceIdsQuery } from './resource-ids';

export const DEFAULT_STORAGE_CHART_MINUTES = 60;
const MAX_MINUTES = 525_600;
const MESSAGE = `range must be a whole number of minutes from 1 to ${MAX_MINUTES}`;

export class StorageChartsQueryDto {
  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: MAX_MINUTES,
    default: DEFAULT_STORAGE_CHART_MINUTES,
    description: 'Time span in minutes.',
  })
  @Transform(({ value }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: MESSAGE })
  @Min(1, { message: MESSAGE })
  @Max(MAX_MINUTES, { message: MESSAGE })
  range: number = DEFAULT_STORAGE_CHART_MINUTES;

  @ResourceIdsQuery(
    'Only these storages and PBS datastores (an extension of ours).',
    'pve1-node1-local,pbs-main-store1',
  )
  id?: string[];
}
