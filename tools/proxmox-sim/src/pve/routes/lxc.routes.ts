import { ApiError } from '../../http/api-error';
import { vmidParam } from '../../http/params';
import { RouteContext, Router } from '../../http/router';
import { lxcConfig, lxcInterfaces } from '../serializers/guest-config.serializer';
import { lxcListItem, lxcStatus } from '../serializers/guest.serializer';
import { guestRrd, rrdStep } from '../serializers/rrd.serializer';
import { registerGuestActions } from './guest-actions';
import { PveDeps, viewOf } from './pve-deps';
import { snapshotList } from './snapshots';

export function registerLxcRoutes(router: Router, deps: PveDeps): void {
  const ct = (ctx: RouteContext) =>
    deps.cluster.guestOn(ctx.params['node'], vmidParam(ctx.params['vmid']), 'lxc');
  router
    .get('/nodes/{node}/lxc', (ctx) =>
      deps.cluster
        .guestsOn(deps.cluster.node(ctx.params['node']).name)
        .filter((g) => g.type === 'lxc')
        .map((g) => lxcListItem(viewOf(deps, g))),
    )
    .get('/nodes/{node}/lxc/{vmid}/status/current', (ctx) => lxcStatus(viewOf(deps, ct(ctx))))
    .get('/nodes/{node}/lxc/{vmid}/config', (ctx) => lxcConfig(ct(ctx)))
    .get('/nodes/{node}/lxc/{vmid}/snapshot', (ctx) => snapshotList(ct(ctx)))
    .get('/nodes/{node}/lxc/{vmid}/rrddata', (ctx) =>
      guestRrd(ct(ctx), deps.cluster.now(), rrdStep(ctx.query)),
    )
    .get('/nodes/{node}/lxc/{vmid}/interfaces', (ctx) => {
      const guest = ct(ctx);
      if (guest.status !== 'running') throw new ApiError(500, `CT ${guest.vmid} not running`);

      return lxcInterfaces(guest);
    });
  registerGuestActions(router, deps, 'lxc');
}
