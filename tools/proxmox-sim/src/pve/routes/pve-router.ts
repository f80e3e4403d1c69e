import { Router } from '../../http/router';
import { registerClusterRoutes } from './cluster.routes';
import { registerDiskRoutes } from './disk.routes';
import { registerLxcRoutes } from './lxc.routes';
import { registerNodeRoutes } from './node.routes';
import { PveDeps } from './pve-deps';
import { registerQemuRoutes } from './qemu.routes';
import { registerStorageRoutes } from './storage.routes';

export function createPveRouter(deps: PveDeps): Router {
  const router = new Router();
  registerClusterRoutes(router, deps);
  registerNodeRoutes(router, deps);
  registerDiskRoutes(router, deps);
  registerStorageRoutes(router, deps);
  registerQemuRoutes(router, deps);
  registerLxcRoutes(router, deps);

  return router;
}
