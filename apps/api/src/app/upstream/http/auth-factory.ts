import { UpstreamError, UpstreamProduct } from '../errors/upstream-error';
import {
  AuthProvider,
  Credentials,
  fullTokenId,
  hasPassword,
  hasToken,
  TokenAuth,
  withRealm,
} from './auth';
import { Clock } from './clock';
import { HttpEndpoint } from './http-endpoint';
import { TicketAuth } from './ticket-auth';

const DEFAULT_REALMS: Record<UpstreamProduct, string> = { pve: 'pam', pbs: 'pbs', pmg: 'pmg' };

/**
 * Picks the login method: an API token when one is configured (PVE, PBS), else a ticket from
 * user + password. PMG has no API tokens, so it always logs in with a password.
 */
export function createAuth(
  endpoint: HttpEndpoint,
  credentials: Credentials,
  clock: Clock,
): AuthProvider {
  const { product } = endpoint;
  const realm = DEFAULT_REALMS[product];
  if (product !== 'pmg' && hasToken(credentials)) {
    const scheme = product === 'pve' ? 'PVEAPIToken' : 'PBSAPIToken';
    const tokenId = guard(endpoint, () => fullTokenId(credentials, realm));

    return new TokenAuth(scheme, tokenId, credentials.tokenValue ?? '');
  }
  if (hasPassword(credentials)) {
    const username = withRealm(credentials.user ?? '', realm);

    return new TicketAuth(endpoint, { username, password: credentials.password ?? '', clock });
  }
  throw configError(endpoint, missingCredentialsText(product, credentials));
}

function missingCredentialsText(product: UpstreamProduct, credentials: Credentials): string {
  if (product === 'pmg' && hasToken(credentials)) {
    return 'Proxmox Mail Gateway does not support API tokens: configure a user and password';
  }

  return 'No credentials configured: set an API token (name and secret) or a user and password';
}

function guard<T>(endpoint: HttpEndpoint, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw configError(endpoint, (error as Error).message);
  }
}

function configError(endpoint: HttpEndpoint, message: string): UpstreamError {
  return new UpstreamError({
    kind: 'auth',
    message,
    product: endpoint.product,
    endpoint: endpoint.label,
    code: 'CONFIG',
  });
}
