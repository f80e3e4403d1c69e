import { isProduct } from '../core/product';
import { FaultInput } from './fault.types';

export class FaultValidationError extends Error {}

const KINDS = ['offline', 'latency', 'error', 'drop', 'auth', 'hang', 'agent', 'deny'];

/** Checks untrusted input (control API JSON) and returns a clean fault description. */
export function validateFault(input: unknown): FaultInput {
  if (!input || typeof input !== 'object')
    throw new FaultValidationError('fault must be an object');
  const raw = input as Record<string, unknown>;
  const kind = raw['kind'];
  if (typeof kind !== 'string' || !KINDS.includes(kind)) {
    throw new FaultValidationError(`kind must be one of ${KINDS.join(', ')}`);
  }
  const product = kind === 'agent' ? (raw['product'] ?? 'pve') : raw['product'];
  if (!isProduct(product)) throw new FaultValidationError('product must be pve, pbs or pmg');
  const node = optionalNode(raw['node']);

  return buildFault(kind, product, node, raw);
}

function buildFault(
  kind: string,
  product: FaultInput['product'],
  node: string | undefined,
  raw: Record<string, unknown>,
): FaultInput {
  switch (kind) {
    case 'offline':
    case 'hang':
      return { kind, product, ...(node ? { node } : {}) };
    case 'latency':
      return { kind, product, ms: numberIn('ms', raw['ms'], 0, 600000), ...nodePart(node) };
    case 'error':
      return errorFault(product, node, raw);
    case 'drop':
      return { kind, product, rate: numberIn('rate', raw['rate'] ?? 1, 0, 1), ...nodePart(node) };
    case 'auth':
      return { kind, product };
    case 'agent':
      return agentFault(product, raw['vmid']);
    default:
      return denyFault(product, raw);
  }
}

function agentFault(product: string, vmid: unknown): FaultInput {
  if (product !== 'pve') throw new FaultValidationError('agent faults exist only for pve');
  if (vmid === undefined) return { kind: 'agent', product };

  return { kind: 'agent', product, vmid: numberIn('vmid', vmid, 1, 999999999) };
}

function errorFault(
  product: FaultInput['product'],
  node: string | undefined,
  raw: Record<string, unknown>,
): FaultInput {
  const rate = numberIn('rate', raw['rate'] ?? (raw['path'] === undefined ? undefined : 1), 0, 1);
  if (raw['path'] === undefined) return { kind: 'error', product, rate, ...nodePart(node) };

  return { kind: 'error', product, rate, path: apiPath(raw['path']), ...nodePart(node) };
}

function apiPath(path: unknown): string {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new FaultValidationError('path must be an API path starting with /');
  }

  return path;
}

function denyFault(product: FaultInput['product'], raw: Record<string, unknown>): FaultInput {
  const path = apiPath(raw['path']);
  const privilege = raw['privilege'] ?? 'Sys.Audit';
  if (typeof privilege !== 'string' || privilege.length === 0) {
    throw new FaultValidationError('privilege must be a string');
  }

  return { kind: 'deny', product, path, privilege };
}

function nodePart(node: string | undefined): { node?: string } {
  return node ? { node } : {};
}

function optionalNode(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !/^[a-zA-Z0-9.-]{1,63}$/.test(value)) {
    throw new FaultValidationError('node must be a node name');
  }

  return value;
}

function numberIn(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new FaultValidationError(`${name} must be a number between ${min} and ${max}`);
  }

  return value;
}
