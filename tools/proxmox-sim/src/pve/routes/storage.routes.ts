import { ApiError } from '../../http/api-error';
import { intParam } from '../../http/params';
import { RouteContext, Router } from '../../http/router';
import { PveNode, StorageDef } from '../model/pve.types';
import {
  backupContent,
  guestVolume,
  nodeStorageItem,
  pbsBackupContent,
  staticVolumes,
} from '../serializers/storage.serializer';
import { PveDeps } from './pve-deps';

export function registerStorageRoutes(router: Router, deps: PveDeps): void {
  router
    .get('/nodes/{node}/storage', (ctx) => storageList(deps, ctx))
    .get('/nodes/{node}/storage/{storage}/status', (ctx) => {
      const { node, def } = resolve(deps, ctx);

      return nodeStorageItem(def, status(deps, node, def));
    })
    .get('/nodes/{node}/storage/{storage}/content', (ctx) => content(deps, ctx));
}

function storageList(deps: PveDeps, ctx: RouteContext) {
  const node = deps.cluster.node(ctx.params['node']);
  const contentFilter = ctx.query.get('content')?.split(',');
  const only = ctx.query.get('storage');

  return deps.cluster
    .storagesOn(node.name)
    .filter((def) => !only || def.storage === only)
    .filter((def) => !contentFilter || contentFilter.some((c) => def.content.includes(c)))
    .map((def) => nodeStorageItem(def, status(deps, node, def)));
}

function status(deps: PveDeps, node: PveNode, def: StorageDef) {
  if (def.type === 'pbs' && !deps.pbsReachable()) return undefined;

  return deps.cluster.storageStatus(node, def);
}

function resolve(deps: PveDeps, ctx: RouteContext) {
  const node = deps.cluster.node(ctx.params['node']);
  const name = ctx.params['storage'];
  const def = deps.cluster.storagesOn(node.name).find((d) => d.storage === name);
  if (!def) {
    throw new ApiError(500, `storage '${name}' does not exist`);
  }

  return { node, def };
}

function content(deps: PveDeps, ctx: RouteContext) {
  const { node, def } = resolve(deps, ctx);
  const filter = ctx.query.get('content');
  const vmid = intParam(ctx.query, 'vmid');
  const items: Array<{ content: string; vmid?: number }> = [
    ...backups(deps, node, def),
    ...volumes(deps, node, def),
    ...staticVolumes(def, node.bootTime),
  ];

  return items
    .filter((item) => !filter || item.content === filter)
    .filter((item) => vmid === undefined || item.vmid === vmid);
}

function backups(deps: PveDeps, node: PveNode, def: StorageDef) {
  if (!def.content.includes('backup')) return [];
  if (def.type !== 'pbs') return deps.cluster.backupsOn(def.storage, node.name).map(backupContent);
  if (!deps.pbsReachable()) {
    throw new ApiError(
      500,
      `error fetching datastores - 500 Can't connect to 127.0.0.1:8007 (Connection refused)`,
    );
  }

  return deps.cluster.pbs
    .backups()
    .filter((b) => b.backupType !== 'host')
    .map((b) => pbsBackupContent(def.storage, b));
}

function volumes(deps: PveDeps, node: PveNode, def: StorageDef) {
  if (!def.content.includes('images') && !def.content.includes('rootdir')) return [];
  const guests = def.shared ? deps.cluster.guests : deps.cluster.guestsOn(node.name);

  return guests.filter((g) => g.storage === def.storage).map((g) => guestVolume(def, g));
}
