export type UpstreamProduct = 'pve' | 'pbs' | 'pmg';

export type UpstreamErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'auth'
  | 'permission'
  | 'upstream5xx'
  | 'malformed'
  | 'notFound'
  | 'offline';

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  message: string;
  product: UpstreamProduct;
  /** `host:port` of the endpoint that failed. */
  endpoint: string;
  method?: string;
  path?: string;
  status?: number;
  /** Short machine-readable cause, e.g. `ECONNREFUSED` or `FINGERPRINT_MISMATCH`. */
  code?: string;
  /** The upstream's own error text (already scrubbed of secrets). */
  upstreamMessage?: string;
}

/** Kinds that say something about the endpoint itself, so another cluster member may do better. */
const ENDPOINT_FAULTS: ReadonlySet<UpstreamErrorKind> = new Set([
  'unreachable',
  'timeout',
  'upstream5xx',
]);

/**
 * A failed call to a Proxmox VE, Backup Server or Mail Gateway API. The message is meant for an
 * administrator; no field ever holds a credential.
 */
export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly product: UpstreamProduct;
  readonly endpoint: string;
  readonly method?: string;
  readonly path?: string;
  readonly status?: number;
  readonly code?: string;
  readonly upstreamMessage?: string;

  constructor(init: UpstreamErrorInit) {
    super(init.message);
    this.name = 'UpstreamError';
    this.kind = init.kind;
    this.product = init.product;
    this.endpoint = init.endpoint;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.code = init.code;
    this.upstreamMessage = init.upstreamMessage;
  }

  /** True when the failure is the endpoint's fault and another cluster member is worth a try. */
  get endpointFault(): boolean {
    return ENDPOINT_FAULTS.has(this.kind) && !isGuestAgentError(this);
  }

  toJSON(): UpstreamErrorInit {
    return {
      kind: this.kind,
      message: this.message,
      product: this.product,
      endpoint: this.endpoint,
      method: this.method,
      path: this.path,
      status: this.status,
      code: this.code,
      upstreamMessage: this.upstreamMessage,
    };
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/** PVE answers 500 when the QEMU guest agent is off or not configured: no endpoint fault. */
export function isGuestAgentError(error: UpstreamError): boolean {
  return /guest agent/i.test(error.upstreamMessage ?? '');
}
