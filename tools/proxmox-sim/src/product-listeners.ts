import { Authenticator, AUTH_SCHEMES } from './auth/authenticator';
import { SimulatorCredentials } from './auth/credentials';
import { Clock } from './core/clock';
import { Product } from './core/product';
import { FaultController } from './faults/fault-controller';
import { ProductServer } from './http/product-server';
import { Router } from './http/router';
import { TlsMaterial } from './tls/certificate';

export interface ListenerPlan {
  product: Product;
  router: Router;
  tls?: TlsMaterial;
  port: number;
  isNodeOffline?: (node: string) => boolean;
}

export interface ListenerContext {
  host: string;
  clock: Clock;
  ticketLifetimeSeconds: number;
  credentials: SimulatorCredentials;
  faults: FaultController;
}

const SERVER_HEADERS: Record<Product, string> = {
  pve: 'pve-api-daemon/3.0',
  pbs: 'proxmox-backup-proxy',
  pmg: 'pmg-api-daemon/3.0',
};

export function createProductServer(plan: ListenerPlan, context: ListenerContext): ProductServer {
  const authenticator = new Authenticator(
    AUTH_SCHEMES[plan.product],
    context.credentials[plan.product],
    context.clock,
    context.ticketLifetimeSeconds,
  );

  return new ProductServer({
    product: plan.product,
    host: context.host,
    port: plan.port,
    tls: plan.tls,
    router: plan.router,
    authenticator,
    faults: context.faults,
    serverHeader: SERVER_HEADERS[plan.product],
    isNodeOffline: plan.isNodeOffline,
    permissionMessage: (path, privilege) => permissionMessage(plan.product, path, privilege),
  });
}

/** PVE names the ACL path and privilege; PBS and PMG keep it short. */
function permissionMessage(product: Product, path: string, privilege: string): string {
  if (product === 'pbs') return 'permission check failed';
  if (product === 'pmg') return 'Permission check failed';
  const guest = /^\/nodes\/[^/]+\/(?:qemu|lxc)\/(\d+)/.exec(path);
  const storage = /^\/nodes\/[^/]+\/storage\/([^/]+)/.exec(path);
  const node = /^\/nodes\/([^/]+)/.exec(path);
  const aclPath = guest
    ? `/vms/${guest[1]}`
    : storage
      ? `/storage/${storage[1]}`
      : node
        ? `/nodes/${node[1]}`
        : '/';

  return `Permission check failed (${aclPath}, ${privilege})`;
}
