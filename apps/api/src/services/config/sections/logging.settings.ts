import { Env } from '../env.decorator';
import { asFlag, asInt, asLowerCase, asString } from '../env-parsers';
import { IsCount, IsFlag, IsOneOf, IsOptionalText } from '../env-validators';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_FORMATS = ['json', 'console', 'auto'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const asLogLevel = (raw: string) => {
  const level = asLowerCase(raw);

  return level === 'warning' ? 'warn' : level;
};

export class LoggingSettings {
  @Env('LOG_LEVEL', asLogLevel)
  @IsOneOf(LOG_LEVELS)
  level: LogLevel = 'info';

  /** `auto` writes console lines to a terminal and JSON otherwise. */
  @Env('LOG_FORMAT', asLowerCase)
  @IsOneOf(LOG_FORMATS)
  format: LogFormat = 'auto';

  // TODO: write logs to LOG_FILE with rotation (LOG_MAX_SIZE, LOG_MAX_AGE, LOG_COMPRESS);
  // these settings are parsed but logs go to stdout only.
  @Env('LOG_FILE', asString)
  @IsOptionalText()
  file?: string;

  @Env('LOG_MAX_SIZE', asInt)
  @IsCount(1)
  maxSizeMb = 100;

  @Env('LOG_MAX_AGE', asInt)
  @IsCount(0)
  maxAgeDays = 30;

  @Env('LOG_COMPRESS', asFlag)
  @IsFlag()
  compress = true;
}
