import { classifyStatus } from '../errors/classify-status';
import { ErrorContext } from '../errors/error-context';
import { UpstreamProduct } from '../errors/upstream-error';
import { isRecord, toStr } from '../decode/values';
import { buildPath } from './base-url';
import { AuthProvider } from './auth';
import { Clock } from './clock';
import { failureText, malformed, readEnvelope } from './envelope';
import { ExchangeResponse } from './exchange';
import { HttpEndpoint } from './http-endpoint';

const COOKIE_NAMES: Record<UpstreamProduct, string> = {
  pve: 'PVEAuthCookie',
  pbs: 'PBSAuthCookie',
  pmg: 'PMGAuthCookie',
};

/** Tickets live 2 h; renew well before that so a slow poll never carries an expired one. */
export const TICKET_RENEW_AFTER_MS: Record<UpstreamProduct, number> = {
  pve: 105 * 60_000,
  pbs: 105 * 60_000,
  pmg: 90 * 60_000,
};

interface Ticket {
  ticket: string;
  csrf: string;
  obtainedAt: number;
}

export interface TicketAuthOptions {
  username: string;
  password: string;
  clock: Clock;
  renewAfterMs?: number;
}

/** Password login through `POST /access/ticket`, with the ticket sent as a cookie. */
export class TicketAuth implements AuthProvider {
  readonly mode = 'password' as const;
  private current?: Ticket;
  private pending?: Promise<Ticket>;
  private readonly renewAfterMs: number;

  constructor(
    private readonly endpoint: HttpEndpoint,
    private readonly options: TicketAuthOptions,
  ) {
    this.renewAfterMs = options.renewAfterMs ?? TICKET_RENEW_AFTER_MS[endpoint.product];
  }

  async headers(method: string, timeoutMs: number): Promise<Record<string, string>> {
    const ticket = await this.validTicket(timeoutMs);
    const headers: Record<string, string> = {
      cookie: `${COOKIE_NAMES[this.endpoint.product]}=${ticket.ticket}`,
    };
    if (method !== 'GET') {
      headers['csrfpreventiontoken'] = ticket.csrf;
    }

    return headers;
  }

  invalidate(): boolean {
    const hadTicket = this.current !== undefined;
    this.current = undefined;

    return hadTicket;
  }

  secrets(): string[] {
    const values = [this.options.password];
    if (this.current) {
      values.push(this.current.ticket, this.current.csrf);
    }

    return values;
  }

  private validTicket(timeoutMs: number): Promise<Ticket> {
    const ticket = this.current;
    if (ticket && this.options.clock.now() - ticket.obtainedAt < this.renewAfterMs) {
      return Promise.resolve(ticket);
    }
    this.pending ??= this.login(timeoutMs).finally(() => (this.pending = undefined));

    return this.pending;
  }

  private async login(timeoutMs: number): Promise<Ticket> {
    const ctx = this.context(timeoutMs);
    const fields = { username: this.options.username, password: this.options.password };
    let response = await this.post(JSON.stringify(fields), 'application/json', ctx);
    if (response.status === 400 || response.status === 415) {
      const form = new URLSearchParams(fields).toString();
      response = await this.post(form, 'application/x-www-form-urlencoded', ctx);
    }
    if (response.status < 200 || response.status >= 300) {
      throw classifyStatus(
        { status: response.status, upstreamMessage: failureText(response) },
        ctx,
      );
    }
    this.current = this.parseTicket(response, ctx);

    return this.current;
  }

  private post(body: string, contentType: string, ctx: ErrorContext): Promise<ExchangeResponse> {
    const request = {
      method: 'POST' as const,
      path: buildPath('/access/ticket'),
      headers: { 'content-type': contentType, accept: 'application/json' },
      body,
      timeoutMs: ctx.timeoutMs,
    };

    return this.endpoint.send(request, ctx);
  }

  private parseTicket(response: ExchangeResponse, ctx: ErrorContext): Ticket {
    const { data } = readEnvelope(response, ctx);
    const ticket = isRecord(data) ? toStr(data['ticket']) : undefined;
    const csrf = isRecord(data) ? toStr(data['CSRFPreventionToken']) : undefined;
    if (!ticket) {
      throw malformed(ctx, `${ctx.endpoint} accepted the login but returned no ticket`);
    }

    return { ticket, csrf: csrf ?? '', obtainedAt: this.options.clock.now() };
  }

  private context(timeoutMs: number): ErrorContext {
    return {
      product: this.endpoint.product,
      endpoint: this.endpoint.label,
      method: 'POST',
      path: '/access/ticket',
      timeoutMs,
      authMode: 'password',
      secrets: [this.options.password],
    };
  }
}
