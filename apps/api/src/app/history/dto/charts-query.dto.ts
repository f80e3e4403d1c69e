import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHART_RANGES } from '@pulse/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';

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
}
