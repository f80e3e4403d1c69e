import { DecodeError } from '../decode/shape';
import { classifyStatus } from '../errors/classify-status';
import { ErrorContext } from '../errors/error-context';
import { AuthProvider } from './auth';
import { buildPath } from './base-url';
import { silentLogger, UpstreamLogger } from './logger';
import { failureText, malformed, readEnvelope } from './envelope';
import { ExchangeResponse } from './exchange';
import { HttpEndpoint } from './http-endpoint';
import { CallOptions, PayloadDecoder, UpstreamTransport } from './transport';

type Method = 'GET' | 'POST';

/** Authenticated JSON calls against one endpoint: envelope, status mapping, timeouts. */
export class ApiClient implements UpstreamTransport {
  constructor(
    readonly endpoint: HttpEndpoint,
    private readonly auth: AuthProvider | undefined,
    private readonly budgetMs: number,
    private readonly logger: UpstreamLogger = silentLogger,
  ) {}

  get<T>(path: string, decode: PayloadDecoder<T>, options?: CallOptions): Promise<T> {
    return this.call('GET', path, undefined, decode, options);
  }

  post<T>(
    path: string,
    body: Record<string, string | number>,
    decode: PayloadDecoder<T>,
    options?: CallOptions,
  ): Promise<T> {
    return this.call('POST', path, JSON.stringify(body), decode, options);
  }

  close(): Promise<void> {
    return this.endpoint.close();
  }

  private async call<T>(
    method: Method,
    path: string,
    body: string | undefined,
    decode: PayloadDecoder<T>,
    options: CallOptions = {},
  ): Promise<T> {
    const timeoutMs = Math.min(options.timeoutMs ?? this.budgetMs, this.budgetMs);
    const deadline = Date.now() + timeoutMs;
    const send = () => this.send(method, path, body, options, { deadline, timeoutMs });
    let response = await send();
    if (response.status === 401 && this.auth?.invalidate()) {
      response = await send();
    }
    const ctx = this.context(method, path, timeoutMs);
    if (response.status < 200 || response.status >= 300) {
      throw classifyStatus(
        { status: response.status, upstreamMessage: failureText(response) },
        ctx,
      );
    }

    return this.decode(response, decode, ctx);
  }

  private async send(
    method: Method,
    path: string,
    body: string | undefined,
    options: CallOptions,
    budget: { deadline: number; timeoutMs: number },
  ): Promise<ExchangeResponse> {
    const authHeaders = await this.auth?.headers(method, remaining(budget.deadline));
    const timeoutMs = remaining(budget.deadline);
    const headers: Record<string, string> = { accept: 'application/json', ...authHeaders };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    const started = Date.now();
    const request = { method, path: buildPath(path, options.query), headers, body, timeoutMs };
    const ctx = this.context(method, path, budget.timeoutMs);
    const response = await this.endpoint.send(request, ctx);
    this.logger.debug?.(
      `${this.endpoint.label} ${method} ${path} -> ${response.status} ` +
        `in ${Date.now() - started} ms`,
    );

    return response;
  }

  private decode<T>(response: ExchangeResponse, decode: PayloadDecoder<T>, ctx: ErrorContext): T {
    const envelope = readEnvelope(response, ctx);
    try {
      return decode(envelope.data, envelope);
    } catch (error) {
      if (error instanceof DecodeError) {
        throw malformed(
          ctx,
          `${ctx.endpoint} returned an unexpected payload for ${ctx.method} ${ctx.path}: ` +
            error.message,
        );
      }
      throw error;
    }
  }

  private context(method: string, path: string, timeoutMs: number): ErrorContext {
    return {
      product: this.endpoint.product,
      endpoint: this.endpoint.label,
      method,
      path,
      timeoutMs,
      authMode: this.auth?.mode ?? 'token',
      secrets: this.auth?.secrets() ?? [],
    };
  }
}

function remaining(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}
