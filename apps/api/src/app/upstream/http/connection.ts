import { UpstreamError, UpstreamProduct } from '../errors/upstream-error';
import { Credentials } from './auth';
import { Clock } from './clock';
import { UpstreamLogger } from './logger';
import { AgentLimits } from './tls';

/** How to reach and log in to one PVE, PBS or PMG instance (the node settings). */
export interface UpstreamConnectionConfig extends Credentials {
  host: string;
  verifySSL?: boolean;
  fingerprint?: string;
  /** Whole-request budget; defaults: PVE and PBS 60 s, PMG 45 s. */
  timeoutMs?: number;
}

/** Process-level collaborators; tests swap the clock and shrink the limits. */
export interface UpstreamRuntime {
  clock?: Clock;
  logger?: UpstreamLogger;
  limits?: Partial<AgentLimits>;
}

export const DEFAULT_BUDGET_MS: Record<UpstreamProduct, number> = {
  pve: 60_000,
  pbs: 60_000,
  pmg: 45_000,
};

export interface ConnectionTestSuccess {
  ok: true;
  product: UpstreamProduct;
  endpoint: string;
  version: string;
  release?: string;
  latencyMs: number;
}

export interface ConnectionTestFailure {
  ok: false;
  product: UpstreamProduct;
  error: UpstreamError;
  latencyMs: number;
}

export type ConnectionTestResult<Extra = object> =
  | (ConnectionTestSuccess & Extra)
  | ConnectionTestFailure;

/** Runs a connection test, timing it and turning any failure into a classified result. */
export async function timedTest<T extends object>(
  product: UpstreamProduct,
  endpoint: string,
  test: () => Promise<T & { version: string; release?: string }>,
): Promise<ConnectionTestResult<T>> {
  const started = Date.now();
  try {
    const result = await test();

    return { ok: true, product, endpoint, latencyMs: Date.now() - started, ...result };
  } catch (error) {
    return {
      ok: false,
      product,
      error: asUpstreamError(error, product, endpoint),
      latencyMs: Date.now() - started,
    };
  }
}

export function asUpstreamError(
  error: unknown,
  product: UpstreamProduct,
  endpoint: string,
): UpstreamError {
  if (error instanceof UpstreamError) {
    return error;
  }

  return new UpstreamError({
    kind: 'malformed',
    message: `Unexpected failure talking to ${endpoint}: ${(error as Error)?.message ?? error}`,
    product,
    endpoint,
    code: 'INTERNAL',
  });
}
