import { randomBytes } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { Clock, epochSeconds } from '../core/clock';
import { ApiError } from '../http/api-error';
import { sameText, TicketPrefix, TicketSigner } from './tickets';

export interface AuthScheme {
  ticketPrefix: TicketPrefix;
  cookieName: string;
  /** How API tokens are written; absent when the product rejects tokens (PMG). */
  token?: { prefix: string; separator: '=' | ':' };
  rejectedTokenPrefix?: string;
  loginExtras: Record<string, unknown>;
}

export interface Account {
  user: string;
  password: string;
  tokenId?: string;
  tokenSecret?: string;
}

export interface Principal {
  user: string;
  tokenId?: string;
}

export interface LoginResult {
  username: string;
  ticket: string;
  CSRFPreventionToken: string;
  [extra: string]: unknown;
}

export const AUTH_SCHEMES = {
  pve: {
    ticketPrefix: 'PVE',
    cookieName: 'PVEAuthCookie',
    token: { prefix: 'PVEAPIToken', separator: '=' },
    loginExtras: { cap: { nodes: { 'Sys.Audit': 1 }, vms: { 'VM.Audit': 1 } } },
  },
  pbs: {
    ticketPrefix: 'PBS',
    cookieName: 'PBSAuthCookie',
    token: { prefix: 'PBSAPIToken', separator: ':' },
    loginExtras: {},
  },
  pmg: {
    ticketPrefix: 'PMG',
    cookieName: 'PMGAuthCookie',
    rejectedTokenPrefix: 'PMGAPIToken',
    loginExtras: { role: 'root' },
  },
} satisfies Record<string, AuthScheme>;

/** Ticket login, ticket cookies, API tokens and CSRF checks for one product. */
export class Authenticator {
  private readonly signer: TicketSigner;

  constructor(
    private readonly scheme: AuthScheme,
    private readonly account: Account,
    private readonly clock: Clock,
    private readonly lifetimeSeconds: number,
  ) {
    this.signer = new TicketSigner(scheme.ticketPrefix, randomBytes(32));
  }

  login(body: Record<string, unknown>): LoginResult {
    const user = loginUser(body);
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    if (user !== this.account.user || !this.passwordMatches(user, password)) {
      throw new ApiError(401, 'authentication failure');
    }
    const now = epochSeconds(this.clock);

    return {
      ...this.scheme.loginExtras,
      username: user,
      ticket: this.signer.ticket(user, now),
      CSRFPreventionToken: this.signer.csrf(user, now),
    };
  }

  authenticate(headers: IncomingHttpHeaders): Principal {
    const authorization = headers.authorization?.trim();
    if (authorization) {
      const principal = this.fromToken(authorization);
      if (principal) return principal;
    }
    const ticket = readCookie(headers.cookie, this.scheme.cookieName);
    if (!ticket) throw new ApiError(401, 'No ticket');
    const user = this.signer.verifyTicket(ticket, epochSeconds(this.clock), this.lifetimeSeconds);
    if (!user) throw new ApiError(401, 'invalid ticket');

    return { user };
  }

  /** Ticket sessions must send the CSRF token on every write; tokens are exempt. */
  checkCsrf(principal: Principal, method: string, headers: IncomingHttpHeaders): void {
    if (method === 'GET' || method === 'HEAD' || principal.tokenId) return;
    const token = headers['csrfpreventiontoken'];
    const now = epochSeconds(this.clock);
    const valid =
      typeof token === 'string' &&
      this.signer.verifyCsrf(token, principal.user, now, this.lifetimeSeconds);
    if (!valid) throw new ApiError(401, 'Permission denied - invalid csrf token');
  }

  private passwordMatches(user: string, password: string): boolean {
    if (sameText(password, this.account.password)) return true;
    const renewedFor = this.signer.verifyTicket(
      password,
      epochSeconds(this.clock),
      this.lifetimeSeconds,
    );

    return renewedFor === user;
  }

  private fromToken(header: string): Principal | undefined {
    const rejected = this.scheme.rejectedTokenPrefix;
    if (rejected && header.startsWith(rejected)) {
      throw new ApiError(401, 'API tokens not implemented');
    }
    const scheme = this.scheme.token;
    if (!scheme || !header.startsWith(scheme.prefix)) return undefined;
    const parsed = parseToken(header.slice(scheme.prefix.length), scheme.separator);
    const expected = this.account.tokenId;
    const secret = this.account.tokenSecret ?? '';
    if (!parsed || parsed.tokenId !== expected || !sameText(parsed.secret, secret)) {
      throw new ApiError(401, 'authentication failure');
    }

    return { user: this.account.user, tokenId: parsed.tokenId };
  }
}

function loginUser(body: Record<string, unknown>): string {
  const username = typeof body['username'] === 'string' ? body['username'].trim() : '';
  const realm = typeof body['realm'] === 'string' ? body['realm'] : '';
  if (!username.includes('@') && realm) return `${username}@${realm}`;

  return username;
}

function parseToken(rest: string, separator: string) {
  if (!rest.startsWith('=') && !rest.startsWith(' ')) return undefined;
  const value = rest.slice(1).trim();
  const bang = value.indexOf('!');
  const split = value.indexOf(separator, bang + 1);
  if (bang <= 0 || split <= bang + 1 || split === value.length - 1) return undefined;

  return { tokenId: value.slice(0, split), secret: value.slice(split + 1) };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeCookie(part.slice(eq + 1).trim());
  }

  return undefined;
}

function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
