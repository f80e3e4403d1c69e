import { IsOptional, IsString } from 'class-validator';

import { Env } from '../env.decorator';
import { asFlag, asList, asString } from '../env-parsers';
import { IsFlag, IsOptionalHttpUrl, IsOptionalText } from '../env-validators';

/** OIDC single sign-on overrides; any value set here locks the OIDC settings in the UI. */
export class OidcSettings {
  @Env('OIDC_ENABLED', asFlag)
  @IsOptional()
  @IsFlag()
  enabled?: boolean;

  @Env('OIDC_ISSUER_URL', asString)
  @IsOptionalHttpUrl()
  issuerUrl?: string;

  @Env('OIDC_CLIENT_ID', asString)
  @IsOptionalText()
  clientId?: string;

  @Env('OIDC_CLIENT_SECRET', asString, { secret: true })
  @IsOptionalText()
  clientSecret?: string;

  @Env('OIDC_REDIRECT_URL', asString)
  @IsOptionalHttpUrl()
  redirectUrl?: string;

  @Env('OIDC_LOGOUT_URL', asString)
  @IsOptionalHttpUrl()
  logoutUrl?: string;

  /** Space- or comma-separated in the variable. */
  @Env('OIDC_SCOPES', (raw) => raw.split(/[\s,]+/).filter(Boolean))
  @IsOptional()
  @IsString({ each: true })
  scopes?: string[];

  @Env('OIDC_USERNAME_CLAIM', asString)
  @IsOptionalText()
  usernameClaim?: string;

  @Env('OIDC_EMAIL_CLAIM', asString)
  @IsOptionalText()
  emailClaim?: string;

  @Env('OIDC_GROUPS_CLAIM', asString)
  @IsOptionalText()
  groupsClaim?: string;

  @Env('OIDC_ALLOWED_GROUPS', asList)
  @IsOptional()
  @IsString({ each: true })
  allowedGroups?: string[];

  @Env('OIDC_ALLOWED_DOMAINS', asList)
  @IsOptional()
  @IsString({ each: true })
  allowedDomains?: string[];

  @Env('OIDC_ALLOWED_EMAILS', asList)
  @IsOptional()
  @IsString({ each: true })
  allowedEmails?: string[];
}
