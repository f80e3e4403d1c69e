import { ApiError } from '../../http/api-error';
import { vmidParam } from '../../http/params';
import { RouteContext, Router } from '../../http/router';
import { Guest } from '../model/pve.types';
import { agentFsinfo, agentInfo, agentNetwork, agentOsinfo } from '../serializers/agent.serializer';
import { qemuConfig } from '../serializers/guest-config.serializer';
import { qemuListItem, qemuStatus } from '../serializers/guest.serializer';
import { guestRrd, rrdStep } from '../serializers/rrd.serializer';
import { registerGuestActions } from './guest-actions';
import { PveDeps, viewOf } from './pve-deps';
import { snapshotList } from './snapshots';

const AGENT_COMMANDS: Record<string, (guest: Guest) => unknown> = {
  'get-fsinfo': agentFsinfo,
  'network-get-interfaces': agentNetwork,
  'get-osinfo': agentOsinfo,
  info: agentInfo,
  'get-host-name': (guest) => ({ 'host-name': guest.name }),
};

export function registerQemuRoutes(router: Router, deps: PveDeps): void {
  const vm = (ctx: RouteContext) =>
    deps.cluster.guestOn(ctx.params['node'], vmidParam(ctx.params['vmid']), 'qemu');
  router
    .get('/nodes/{node}/qemu', (ctx) =>
      deps.cluster
        .guestsOn(deps.cluster.node(ctx.params['node']).name)
        .filter((g) => g.type === 'qemu')
        .map((g) => qemuListItem(viewOf(deps, g))),
    )
    .get('/nodes/{node}/qemu/{vmid}/status/current', (ctx) => qemuStatus(viewOf(deps, vm(ctx))))
    .get('/nodes/{node}/qemu/{vmid}/config', (ctx) => qemuConfig(vm(ctx)))
    .get('/nodes/{node}/qemu/{vmid}/snapshot', (ctx) => snapshotList(vm(ctx)))
    .get('/nodes/{node}/qemu/{vmid}/rrddata', (ctx) =>
      guestRrd(vm(ctx), deps.cluster.now(), rrdStep(ctx.query)),
    )
    .get('/nodes/{node}/qemu/{vmid}/agent/{command}', (ctx) => agent(deps, vm(ctx), ctx))
    .post('/nodes/{node}/qemu/{vmid}/agent/ping', (ctx) => {
      agentGuard(deps, vm(ctx));

      return { result: {} };
    });
  registerGuestActions(router, deps, 'qemu');
}

function agent(deps: PveDeps, guest: Guest, ctx: RouteContext) {
  const command = AGENT_COMMANDS[ctx.params['command']];
  if (!command) throw new ApiError(501, `Method 'GET ${ctx.path}' not implemented`);
  agentGuard(deps, guest);

  return { result: command(guest) };
}

/** The three failure texts clients match on: not running, not configured, agent down. */
function agentGuard(deps: PveDeps, guest: Guest): void {
  if (guest.status !== 'running') throw new ApiError(500, `VM ${guest.vmid} is not running`);
  if (guest.agent === 'none') throw new ApiError(500, 'No QEMU guest agent configured');
  if (guest.agent === 'down' || deps.cluster.isAgentDown(guest.vmid)) {
    throw new ApiError(500, 'QEMU guest agent is not running');
  }
}
