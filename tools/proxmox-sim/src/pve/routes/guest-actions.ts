import { ApiError } from '../../http/api-error';
import { stringBody, vmidParam } from '../../http/params';
import { RouteContext, Router } from '../../http/router';
import { GuestType } from '../model/pve.types';
import { PveDeps } from './pve-deps';

/** Writes used by demos and CSRF tests: start/stop/shutdown/migrate answer with a UPID. */
export function registerGuestActions(router: Router, deps: PveDeps, type: GuestType): void {
  const base = `/nodes/{node}/${type}/{vmid}`;
  router
    .post(`${base}/status/start`, (ctx) => run(deps, ctx, type, 'start'))
    .post(`${base}/status/stop`, (ctx) => run(deps, ctx, type, 'stop'))
    .post(`${base}/status/shutdown`, (ctx) => run(deps, ctx, type, 'stop'))
    .post(`${base}/migrate`, (ctx) => migrate(deps, ctx, type));
}

function run(deps: PveDeps, ctx: RouteContext, type: GuestType, action: 'start' | 'stop') {
  const guest = deps.cluster.guestOn(ctx.params['node'], vmidParam(ctx.params['vmid']), type);
  const who = ctx.tokenId ?? ctx.user;
  const task =
    action === 'start' ? deps.lifecycle.start(guest, who) : deps.lifecycle.stop(guest, who);

  return task.upid;
}

function migrate(deps: PveDeps, ctx: RouteContext, type: GuestType) {
  const guest = deps.cluster.guestOn(ctx.params['node'], vmidParam(ctx.params['vmid']), type);
  const target = stringBody(ctx.body, 'target');
  if (!target) {
    throw new ApiError(400, 'Parameter verification failed.', {
      target: 'property is missing and it is not optional',
    });
  }

  return deps.lifecycle.migrate(guest, target, ctx.tokenId ?? ctx.user).upid;
}
