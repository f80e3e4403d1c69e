import { Agent } from 'undici';
import { classifyTransportError } from '../errors/classify-transport';
import { ErrorContext } from '../errors/error-context';
import { UpstreamError, UpstreamProduct } from '../errors/upstream-error';
import { endpointLabel, normalizeOrigin } from './base-url';
import { exchange, ExchangeRequest, ExchangeResponse } from './exchange';
import { AgentLimits, createUpstreamAgent, DEFAULT_AGENT_LIMITS, TlsSettings } from './tls';

/** One upstream address with its own keep-alive agent and TLS policy. */
export class HttpEndpoint {
  readonly origin: URL;
  readonly label: string;
  private readonly agent: Agent;

  constructor(
    readonly product: UpstreamProduct,
    host: string,
    tls: TlsSettings,
    limits: AgentLimits = DEFAULT_AGENT_LIMITS,
  ) {
    this.origin = validOrigin(host, product);
    this.label = endpointLabel(this.origin);
    this.agent = validAgent(tls, limits, product, this.label);
  }

  async send(request: ExchangeRequest, ctx: ErrorContext): Promise<ExchangeResponse> {
    try {
      return await exchange(this.agent, this.origin.origin, request);
    } catch (error) {
      throw classifyTransportError(error, ctx);
    }
  }

  async close(): Promise<void> {
    await this.agent.destroy();
  }
}

function validOrigin(host: string, product: UpstreamProduct): URL {
  try {
    return normalizeOrigin(host, product);
  } catch {
    throw new UpstreamError({
      kind: 'unreachable',
      message:
        `"${host}" is not a valid host: ` +
        'use a name or address, optionally with https:// and a port',
      product,
      endpoint: host,
      code: 'CONFIG',
    });
  }
}

function validAgent(
  tls: TlsSettings,
  limits: AgentLimits,
  product: UpstreamProduct,
  label: string,
) {
  try {
    return createUpstreamAgent(tls, limits);
  } catch (error) {
    throw new UpstreamError({
      kind: 'tls',
      message: (error as Error).message,
      product,
      endpoint: label,
      code: 'CONFIG',
    });
  }
}
