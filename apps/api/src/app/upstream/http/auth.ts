import { AuthMode } from '../errors/error-context';

/** Adds credentials to a request. Implementations never expose secrets through messages. */
export interface AuthProvider {
  readonly mode: AuthMode;
  /** Headers for one request; may log in first. */
  headers(method: string, deadline: number): Promise<Record<string, string>>;
  /** Drops a cached ticket after a 401; true when a fresh login is worth one retry. */
  invalidate(): boolean;
  /** Every value that must be scrubbed from messages. */
  secrets(): string[];
}

export interface Credentials {
  user?: string;
  password?: string;
  /** `user@realm!tokenid`, or the bare `tokenid` when `user` names the owner. */
  tokenName?: string;
  tokenValue?: string;
}

/** Adds a realm when the user has none (`root` → `root@pam` on PVE). */
export function withRealm(user: string, defaultRealm: string): string {
  const trimmed = user.trim();

  return trimmed.includes('@') ? trimmed : `${trimmed}@${defaultRealm}`;
}

/** Full token id `user@realm!tokenid`, taking the owner from `user` when the name is bare. */
export function fullTokenId(credentials: Credentials, defaultRealm: string): string {
  const name = (credentials.tokenName ?? '').trim();
  if (name.includes('!')) {
    const [owner, id] = name.split('!', 2);

    return `${withRealm(owner, defaultRealm)}!${id}`;
  }
  if (!credentials.user?.trim()) {
    throw new Error(
      'The API token name must be "user@realm!tokenid", or the user field must name its owner',
    );
  }

  return `${withRealm(credentials.user, defaultRealm)}!${name}`;
}

export function hasToken(credentials: Credentials): boolean {
  return Boolean(credentials.tokenName?.trim() && credentials.tokenValue);
}

export function hasPassword(credentials: Credentials): boolean {
  return Boolean(credentials.user?.trim() && credentials.password);
}

/** Static `Authorization` header for PVE (`=` before the secret) or PBS (`:`). */
export class TokenAuth implements AuthProvider {
  readonly mode = 'token' as const;
  private readonly header: string;

  constructor(
    scheme: 'PVEAPIToken' | 'PBSAPIToken',
    tokenId: string,
    private readonly secret: string,
  ) {
    const separator = scheme === 'PVEAPIToken' ? '=' : ':';
    this.header = `${scheme}=${tokenId}${separator}${secret}`;
  }

  async headers(): Promise<Record<string, string>> {
    return { authorization: this.header };
  }

  invalidate(): boolean {
    return false;
  }

  secrets(): string[] {
    return [this.secret, this.header];
  }
}
