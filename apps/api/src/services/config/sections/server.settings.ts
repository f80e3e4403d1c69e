import { IsString } from 'class-validator';

import { Env } from '../env.decorator';
import { asDurationMs, asFlag, asInt, asList, asPortOrOff, asString } from '../env-parsers';
import {
  IsDurationMs,
  IsFlag,
  IsHost,
  IsOptionalHttpUrl,
  IsOptionalText,
  IsPort,
  IsPortOrOff,
} from '../env-validators';

export class ServerSettings {
  @Env(['FRONTEND_PORT', 'PORT'], asInt)
  @IsPort({ allowZero: true })
  port = 7655;

  @Env('BIND_ADDRESS', asString)
  @IsHost()
  bindAddress = '0.0.0.0';

  /** `null` disables the separate Prometheus listener; `0` picks a free port. */
  @Env('PULSE_METRICS_PORT', asPortOrOff)
  @IsPortOrOff()
  metricsPort: number | null = 9091;

  @Env('HTTPS_ENABLED', asFlag)
  @IsFlag()
  httpsEnabled = false;

  @Env('TLS_CERT_FILE', asString)
  @IsOptionalText()
  tlsCertFile?: string;

  @Env('TLS_KEY_FILE', asString)
  @IsOptionalText()
  tlsKeyFile?: string;

  @Env('PULSE_PUBLIC_URL', asString)
  @IsOptionalHttpUrl()
  publicUrl?: string;

  /** Origins allowed by CORS; empty means no CORS headers at all. `*` allows any origin. */
  @Env('ALLOWED_ORIGINS', asList)
  @IsString({ each: true })
  allowedOrigins: string[] = [];

  /** Resolved by the loader when unset: the built web app next to the server or in the repo. */
  @Env('PULSE_FRONTEND_DIR', asString)
  @IsString()
  frontendDir = '';

  @Env('FRONTEND_DEV_SERVER', asString)
  @IsOptionalHttpUrl()
  frontendDevServer?: string;

  /** How long in-flight requests may run after SIGTERM before their connections are cut. */
  @Env('PULSE_SHUTDOWN_GRACE', asDurationMs)
  @IsDurationMs()
  shutdownGraceMs = 8_000;
}
