import { UpstreamError } from '../errors/upstream-error';
import { ApiClient } from './api-client';
import { Clock, systemClock } from './clock';
import { silentLogger, UpstreamLogger } from './logger';
import { CallOptions, PayloadDecoder, UpstreamTransport } from './transport';

export interface FailoverOptions {
  clock?: Clock;
  logger?: UpstreamLogger;
  /** How long an endpoint that failed is left alone before it is probed again. */
  cooldownMs?: number;
  probeTimeoutMs?: number;
}

export type ConnectionHealth = 'healthy' | 'degraded' | 'error';

export interface EndpointHealth {
  endpoint: string;
  healthy: boolean;
  lastError?: string;
}

interface EndpointState {
  client: ApiClient;
  healthy: boolean;
  lastError?: UpstreamError;
  /** When the endpoint last failed or was last probed. */
  checkedAt: number;
  probe?: Promise<boolean>;
}

const PROBE_PATH = '/version';

/**
 * Sends each call to the first healthy cluster endpoint (configured host first). Unreachable,
 * timed-out and 5xx endpoints are skipped and re-probed after a cool-down; any other error (auth,
 * permission, not found, guest agent) is the answer and is returned at once. A plain 500 is what
 * Proxmox answers for a failed request too (a guest that just migrated, a missing config), so
 * the endpoint is blamed for it only when its `/version` fails as well. With one endpoint it
 * only keeps the health record.
 */
export class FailoverTransport implements UpstreamTransport {
  private readonly states: EndpointState[];
  private readonly clock: Clock;
  private readonly logger: UpstreamLogger;
  private readonly cooldownMs: number;
  private readonly probeTimeoutMs: number;

  constructor(clients: ApiClient[], options: FailoverOptions = {}) {
    this.states = clients.map((client) => ({ client, healthy: true, checkedAt: 0 }));
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.cooldownMs = options.cooldownMs ?? 10_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
  }

  get<T>(path: string, decode: PayloadDecoder<T>, options?: CallOptions): Promise<T> {
    return this.run((client) => client.get(path, decode, options));
  }

  post<T>(
    path: string,
    body: Record<string, string | number>,
    decode: PayloadDecoder<T>,
    options?: CallOptions,
  ): Promise<T> {
    return this.run((client) => client.post(path, body, decode, options));
  }

  health(): EndpointHealth[] {
    return this.states.map((state) => ({
      endpoint: state.client.endpoint.label,
      healthy: state.healthy,
      lastError: state.lastError?.message,
    }));
  }

  connectionHealth(): ConnectionHealth {
    const healthy = this.states.filter((state) => state.healthy).length;
    if (healthy === this.states.length) return 'healthy';

    return healthy > 0 ? 'degraded' : 'error';
  }

  /** Probes every endpoint whose cool-down has passed; resolves when the probes are done. */
  async recheck(): Promise<void> {
    await Promise.all(this.coolStates().map((state) => this.probe(state)));
  }

  async close(): Promise<void> {
    await Promise.all(this.states.map((state) => state.probe?.catch(() => false)));
    await Promise.all(this.states.map((state) => state.client.close()));
  }

  private async run<T>(call: (client: ApiClient) => Promise<T>): Promise<T> {
    const tried = new Set<EndpointState>();
    let lastError: UpstreamError | undefined;
    for (let state = await this.pick(tried); state; state = await this.pick(tried)) {
      tried.add(state);
      try {
        const result = await call(state.client);
        this.markHealthy(state);

        return result;
      } catch (error) {
        if (!(error instanceof UpstreamError) || !error.endpointFault) {
          this.markHealthy(state);
          throw error;
        }
        if (error.status === 500 && (await this.probe(state))) {
          throw error;
        }
        this.markUnhealthy(state, error);
        lastError = error;
      }
    }

    throw lastError ?? this.noEndpointError();
  }

  private async pick(tried: Set<EndpointState>): Promise<EndpointState | undefined> {
    void this.recheck();
    const healthy = this.states.find((state) => state.healthy && !tried.has(state));
    if (healthy) {
      return healthy;
    }
    for (const state of this.states.filter((candidate) => !tried.has(candidate))) {
      if (state.probe && (await state.probe)) {
        return state;
      }
    }

    // A single host has nothing to fail over to: keep trying it rather than failing fast.
    return this.states.length === 1 && tried.size === 0 ? this.states[0] : undefined;
  }

  private coolStates(): EndpointState[] {
    const now = this.clock.now();

    return this.states.filter(
      (state) => !state.healthy && !state.probe && now - state.checkedAt >= this.cooldownMs,
    );
  }

  private probe(state: EndpointState): Promise<boolean> {
    state.checkedAt = this.clock.now();
    state.probe ??= state.client
      .get(PROBE_PATH, () => true, { timeoutMs: this.probeTimeoutMs })
      .then(
        () => this.markHealthy(state),
        (error: unknown) => {
          if (error instanceof UpstreamError && !error.endpointFault) {
            return this.markHealthy(state);
          }
          state.checkedAt = this.clock.now();

          return false;
        },
      )
      .finally(() => (state.probe = undefined));

    return state.probe;
  }

  private markHealthy(state: EndpointState): true {
    if (!state.healthy) {
      this.logger.log?.(`Cluster endpoint ${state.client.endpoint.label} is reachable again`);
    }
    state.healthy = true;
    state.lastError = undefined;

    return true;
  }

  private markUnhealthy(state: EndpointState, error: UpstreamError): void {
    if (state.healthy) {
      this.logger.warn?.(`Cluster endpoint ${error.endpoint} marked unhealthy: ${error.message}`);
    }
    state.healthy = false;
    state.lastError = error;
    state.checkedAt = this.clock.now();
  }

  private noEndpointError(): UpstreamError {
    const primary = this.states[0];
    const cause = primary.lastError?.message ?? 'no endpoint answered';

    return new UpstreamError({
      kind: primary.lastError?.kind ?? 'unreachable',
      message: `No endpoint of this cluster is reachable right now (${cause})`,
      product: primary.client.endpoint.product,
      endpoint: primary.client.endpoint.label,
      code: 'NO_HEALTHY_ENDPOINT',
    });
  }
}
