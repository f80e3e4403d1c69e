import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { MockModeRequest } from '@pulse/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const COUNT_LIMIT = 10_000;

function Count(name: string, min: number, below: string): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: `${name} must be a whole number` }),
    Min(min, { message: `${name} ${below}` }),
    Max(COUNT_LIMIT, { message: `${name} must be at most ${COUNT_LIMIT}` }),
  );
}

const NotNegative = (name: string) => Count(name, 0, 'cannot be negative');

/** Changes to the mock-mode config; keys left out keep their value. */
export class MockConfigPatchDto {
  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Count('nodeCount', 1, 'must be greater than 0')
  nodeCount?: number;

  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @NotNegative('vmsPerNode') vmsPerNode?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @NotNegative('lxcsPerNode')
  lxcsPerNode?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @NotNegative('dockerHostCount')
  dockerHostCount?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @NotNegative('dockerContainersPerHost')
  dockerContainersPerHost?: number;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @NotNegative('genericHostCount')
  genericHostCount?: number;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() randomMetrics?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Node names whose CPU load runs high.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  highLoadNodes?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Share of stopped guests.' })
  @IsOptional()
  @IsNumber({}, { message: 'stoppedPercent must be between 0 and 1' })
  @Min(0, { message: 'stoppedPercent must be between 0 and 1' })
  @Max(1, { message: 'stoppedPercent must be between 0 and 1' })
  stoppedPercent?: number;
}

/** `POST`/`PUT /api/system/mock-mode`. Keys match case-insensitively, as in the original. */
export class MockModeRequestDto implements MockModeRequest {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;

  @ApiPropertyOptional({ type: MockConfigPatchDto })
  @IsOptional()
  @IsObject({ message: 'config must be an object' })
  @ValidateNested()
  @Type(() => MockConfigPatchDto)
  config?: MockConfigPatchDto;
}

/** The DTO's keys, to match request keys regardless of case. */
export const MOCK_REQUEST_KEYS = ['enabled', 'config'];
export const MOCK_CONFIG_KEYS = [
  'nodeCount',
  'vmsPerNode',
  'lxcsPerNode',
  'dockerHostCount',
  'dockerContainersPerHost',
  'genericHostCount',
  'randomMetrics',
  'highLoadNodes',
  'stoppedPercent',
];
