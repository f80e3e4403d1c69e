import { IsOptional, IsString } from 'class-validator';

import { Env } from '../env.decorator';
import { asFlag, asList, asString } from '../env-parsers';
import { IsCidrList, IsFlag, IsOptionalText } from '../env-validators';

/** Local authentication and the switches around it. The auth feature consumes these. */
export class AuthSettings {
  @Env('PULSE_AUTH_USER', asString)
  @IsOptionalText()
  user?: string;

  /** Plain text or a bcrypt hash. */
  @Env('PULSE_AUTH_PASS', asString, { secret: true })
  @IsOptionalText()
  password?: string;

  /** Seed tokens from `API_TOKENS` (comma list); plain values or 64-hex hashes. */
  @Env('API_TOKENS', asList, { secret: true })
  @IsString({ each: true })
  apiTokens: string[] = [];

  /** Legacy single token, merged with `API_TOKENS`. */
  @Env('API_TOKEN', asString, { secret: true })
  @IsOptionalText()
  apiToken?: string;

  /** Unset means: enabled when any token exists. */
  @Env('API_TOKEN_ENABLED', asFlag)
  @IsOptional()
  @IsFlag()
  apiTokenEnabled?: boolean;

  @Env('PULSE_TRUSTED_PROXY_CIDRS', asList)
  @IsCidrList()
  trustedProxyCidrs: string[] = [];

  @Env('PULSE_TRUSTED_NETWORKS', asList)
  @IsCidrList()
  trustedNetworks: string[] = [];

  @Env('ALLOW_UNPROTECTED_EXPORT', asFlag)
  @IsFlag()
  allowUnprotectedExport = false;

  /** Deprecated and ignored; only reported by the security status. */
  @Env('DISABLE_AUTH', asString)
  @IsOptionalText()
  deprecatedDisableAuth?: string;

  @Env('REQUIRE_AUTH', asFlag)
  @IsFlag()
  requireAuth = false;

  @Env('PULSE_AUDIT_LOG', asFlag)
  @IsFlag()
  auditLog = false;

  @Env('AUDIT_LOG_ENABLED', asFlag)
  @IsFlag()
  auditLogEnabled = false;

  /** Development-only bypass; takes effect only with `PULSE_DEV` or `NODE_ENV=development`. */
  @Env('ALLOW_ADMIN_BYPASS', asFlag)
  @IsFlag()
  allowAdminBypass = false;

  @Env('PULSE_AUTH_CONFIG_DIR', asString)
  @IsOptionalText()
  authConfigDir?: string;
}
