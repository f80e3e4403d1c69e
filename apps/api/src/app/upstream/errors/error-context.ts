import { UpstreamProduct } from './upstream-error';

export type AuthMode = 'token' | 'password';

/** What the classifiers need to know about the call that failed. */
export interface ErrorContext {
  product: UpstreamProduct;
  endpoint: string;
  method: string;
  /** API path without `/api2/json` and without the query. */
  path: string;
  timeoutMs: number;
  authMode: AuthMode;
  /** Values that must never show up in a message (token secret, password, ticket). */
  secrets: readonly string[];
}

export const PRODUCT_NAMES: Record<UpstreamProduct, string> = {
  pve: 'Proxmox VE',
  pbs: 'Proxmox Backup Server',
  pmg: 'Proxmox Mail Gateway',
};

export function seconds(ms: number): string {
  const value = ms / 1000;

  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}
