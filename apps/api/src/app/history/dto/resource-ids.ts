import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_CHART_RESOURCE_ID_LENGTH, MAX_CHART_RESOURCE_IDS } from '@pulse/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches } from 'class-validator';

/** `a,b` and `id=a&id=b` both give `['a', 'b']`; anything else is left for the checks. */
function splitIds(value: unknown): unknown {
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((part) => typeof part === 'string')) {
    return value;
  }

  return (parts as string[]).flatMap((part) => part.split(',')).map((id) => id.trim());
}

/**
 * The optional `id` query parameter of the chart routes: resource ids separated by commas
 * (or the parameter repeated), which limit the answer to those resources.
 */
export function ResourceIdsQuery(description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      description:
        `${description} A comma-separated list of at most ${MAX_CHART_RESOURCE_IDS} ids, ` +
        `each 1 to ${MAX_CHART_RESOURCE_ID_LENGTH} characters (or the parameter repeated); ` +
        'unknown ids are left out of the answer.',
      example,
    }),
    Transform(({ value }) => splitIds(value)),
    IsOptional(),
    IsArray({ message: 'id must be resource ids separated by commas' }),
    ArrayMaxSize(MAX_CHART_RESOURCE_IDS, {
      message: `id must list at most ${MAX_CHART_RESOURCE_IDS} resource ids`,
    }),
    IsString({ each: true, message: 'id must be resource ids separated by commas' }),
    Length(1, MAX_CHART_RESOURCE_ID_LENGTH, {
      each: true,
      message: `each id must be 1 to ${MAX_CHART_RESOURCE_ID_LENGTH} characters`,
    }),
    // eslint-disable-next-line no-control-regex
    Matches(/^[^\u0000-\u001f\u007f]*$/, {
      each: true,
      message: 'an id must not contain control characters',
    }),
  );
}
