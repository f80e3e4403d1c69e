import { Env } from '../env.decorator';
import { asString } from '../env-parsers';
import { IsOptionalHttpUrl, IsOptionalText } from '../env-validators';

/** Authentication by a trusted reverse proxy that sends the user in a header. */
export class ProxyAuthSettings {
  @Env('PROXY_AUTH_SECRET', asString, { secret: true })
  @IsOptionalText()
  secret?: string;

  @Env('PROXY_AUTH_USER_HEADER', asString)
  @IsOptionalText()
  userHeader?: string;

  @Env('PROXY_AUTH_ROLE_HEADER', asString)
  @IsOptionalText()
  roleHeader?: string;

  @Env('PROXY_AUTH_ROLE_SEPARATOR', asString)
  @IsOptionalText()
  roleSeparator = '|';

  /** Unset means every proxy user is an admin. */
  @Env('PROXY_AUTH_ADMIN_ROLE', asString)
  @IsOptionalText()
  adminRole?: string;

  @Env('PROXY_AUTH_LOGOUT_URL', asString)
  @IsOptionalHttpUrl()
  logoutUrl?: string;
}
