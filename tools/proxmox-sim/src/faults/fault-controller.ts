import { Prng } from '../core/prng';
import { Product } from '../core/product';
import { validateFault } from './fault-validation';
import { DenyFault, Fault, FaultInput, RequestFaults } from './fault.types';

export type CertificateRotator = (product: Product) => Promise<string>;

/** Holds the active faults; the request pipeline and the data model ask it what to break. */
export class FaultController {
  private faults: Fault[] = [];
  private nextId = 1;
  private changes = 0;

  constructor(
    private readonly rng: Prng,
    private readonly rotator: CertificateRotator,
  ) {}

  /** Grows on every change; cached responses that depend on faults compare it. */
  get version(): number {
    return this.changes;
  }

  add(input: FaultInput): Fault {
    const fault = { ...validateFault(input), id: `f${this.nextId++}` } as Fault;
    this.faults.push(fault);
    this.changes++;

    return fault;
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    this.changes++;

    return this.faults.length !== before;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  reset(): void {
    this.faults = [];
    this.changes++;
  }

  nodeOffline(product: Product, node?: string): Fault {
    return this.add({ kind: 'offline', product, ...(node ? { node } : {}) });
  }

  latency(product: Product, ms: number, node?: string): Fault {
    return this.add({ kind: 'latency', product, ms, ...(node ? { node } : {}) });
  }

  errorRate(product: Product, rate: number, node?: string): Fault {
    return this.add({ kind: 'error', product, rate, ...(node ? { node } : {}) });
  }

  /** Requests on one API path (exact, or a `*` glob) answer 500 at the given rate (default 1). */
  pathError(product: Product, path: string, rate = 1): Fault {
    return this.add({ kind: 'error', product, rate, path });
  }

  dropConnections(product: Product, rate = 1, node?: string): Fault {
    return this.add({ kind: 'drop', product, rate, ...(node ? { node } : {}) });
  }

  authFailure(product: Product): Fault {
    return this.add({ kind: 'auth', product });
  }

  hang(product: Product, node?: string): Fault {
    return this.add({ kind: 'hang', product, ...(node ? { node } : {}) });
  }

  agentUnavailable(vmid?: number): Fault {
    return this.add({ kind: 'agent', product: 'pve', ...(vmid ? { vmid } : {}) });
  }

  denyPrivilege(product: Product, path: string, privilege = 'Sys.Audit'): Fault {
    return this.add({ kind: 'deny', product, path, privilege });
  }

  /** New self-signed certificate on the same port; resolves to the new fingerprint. */
  rotateCertificate(product: Product): Promise<string> {
    return this.rotator(product);
  }

  isNodeOffline(product: Product, node: string): boolean {
    return this.faults.some(
      (f) => f.kind === 'offline' && f.product === product && (!f.node || f.node === node),
    );
  }

  isProductOffline(product: Product): boolean {
    return this.faults.some((f) => f.kind === 'offline' && f.product === product && !f.node);
  }

  isAgentDown(vmid: number): boolean {
    return this.faults.some((f) => f.kind === 'agent' && (!f.vmid || f.vmid === vmid));
  }

  /** Resolves every fault that applies to one request (`node` = node named in the path). */
  forRequest(product: Product, path: string, node: string | undefined): RequestFaults {
    const applies = (f: Fault) =>
      f.product === product && (!('node' in f) || !f.node || f.node === node);
    const active = this.faults.filter(applies);
    const rolled = (rate: number | undefined) => this.rng.next() < (rate ?? 1);

    return {
      drop: active.some((f) => f.kind === 'drop' && rolled(f.rate)),
      hang: active.some((f) => f.kind === 'hang'),
      latencyMs: active.reduce((ms, f) => ms + (f.kind === 'latency' ? f.ms : 0), 0),
      error: active.some(
        (f) => f.kind === 'error' && (!f.path || pathMatches(f.path, path)) && rolled(f.rate),
      ),
      offline: active.some((f) => f.kind === 'offline' && (node !== undefined || !f.node)),
      authFailure: active.some((f) => f.kind === 'auth'),
      denied: active.find(
        (f): f is Fault & DenyFault => f.kind === 'deny' && pathMatches(f.path, path),
      ),
    };
  }
}

function pathMatches(faultPath: string, path: string): boolean {
  const pattern = faultPath.replace(/^\/api2\/json/, '');
  if (!pattern.includes('*')) return pattern === path;
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));

  return new RegExp(`^${escaped.join('.*')}$`).test(path);
}
