import { Product } from '../core/product';

/** A node (or, without `node`, every node / the whole product) answers 595. */
export interface OfflineFault {
  kind: 'offline';
  product: Product;
  node?: string;
}

export interface LatencyFault {
  kind: 'latency';
  product: Product;
  node?: string;
  ms: number;
}

export interface ErrorFault {
  kind: 'error';
  product: Product;
  node?: string;
  /** Share of requests answered with 500, 0..1. */
  rate: number;
  /** Only requests on this API path (exact, or a `*` glob) fail; without it, every path. */
  path?: string;
}

export interface DropFault {
  kind: 'drop';
  product: Product;
  node?: string;
  /** Share of requests whose socket is destroyed, 0..1 (default 1). */
  rate?: number;
}

export interface AuthFault {
  kind: 'auth';
  product: Product;
}

/** Requests are accepted and never answered. */
export interface HangFault {
  kind: 'hang';
  product: Product;
  node?: string;
}

/** Guest agent calls fail with "QEMU guest agent is not running" (one VM or all). */
export interface AgentFault {
  kind: 'agent';
  product: 'pve';
  vmid?: number;
}

/** API tokens get 403 on matching paths (exact, or a `*` glob) as if missing `privilege`. */
export interface DenyFault {
  kind: 'deny';
  product: Product;
  path: string;
  privilege: string;
}

export type FaultInput =
  | OfflineFault
  | LatencyFault
  | ErrorFault
  | DropFault
  | AuthFault
  | HangFault
  | AgentFault
  | DenyFault;

export type Fault = FaultInput & { id: string };

export type FaultKind = FaultInput['kind'];

/** What the request pipeline should do, resolved once per request. */
export interface RequestFaults {
  drop: boolean;
  hang: boolean;
  latencyMs: number;
  error: boolean;
  offline: boolean;
  authFailure: boolean;
  denied?: DenyFault;
}
