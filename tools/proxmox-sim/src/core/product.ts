export type Product = 'pve' | 'pbs' | 'pmg';

export const PRODUCTS: readonly Product[] = ['pve', 'pbs', 'pmg'];

export function isProduct(value: unknown): value is Product {
  return value === 'pve' || value === 'pbs' || value === 'pmg';
}
