import { ApiError, Enveloped } from '../http/api-error';
import { boolParam, intParam } from '../http/params';
import { RouteContext, Router } from '../http/router';
import { rrdStep } from '../pve/serializers/rrd.serializer';
import { PbsModel } from './pbs-model';
import { taskItem } from './pbs.serializer';

export function registerPbsNodeRoutes(router: Router, pbs: PbsModel): void {
  const node = (ctx: RouteContext) => {
    const name = ctx.params['node'];
    if (name !== 'localhost' && name !== pbs.hostname) {
      throw new ApiError(400, `no such node '${name}'`);
    }
  };
  router
    .get('/nodes', () => [{ node: pbs.hostname }])
    .get('/nodes/{node}/status', (ctx) => {
      node(ctx);

      return nodeStatus(pbs);
    })
    .get('/nodes/{node}/tasks', (ctx) => {
      node(ctx);

      return pbsTaskQuery(pbs, ctx);
    })
    .get('/nodes/{node}/tasks/{upid}/status', (ctx) => {
      node(ctx);
      const task = pbs.findTask(ctx.params['upid']);
      if (!task) throw new ApiError(400, 'unable to parse UPID');

      return {
        ...taskItem(task),
        status: task.endtime === undefined ? 'running' : 'stopped',
        ...(task.status ? { exitstatus: task.status } : {}),
      };
    })
    .get('/nodes/{node}/rrd', (ctx) => {
      node(ctx);

      return hostRrd(pbs, rrdStep(ctx.query));
    });
}

/** `/nodes/localhost/status`: `cpu` is a fraction, `root` has no `free`, booleans are real. */
function nodeStatus(pbs: PbsModel) {
  const h = pbs.host;

  return {
    cpu: h.cpu,
    wait: 0.002,
    uptime: pbs.now() - h.bootTime,
    loadavg: h.load,
    kversion: 'Linux 6.8.12-9-pve #1 SMP PREEMPT_DYNAMIC PMX 6.8.12-9 (2025-03-16T19:18Z)',
    'current-kernel': {
      sysname: 'Linux',
      release: '6.8.12-9-pve',
      version: '#1 SMP',
      machine: 'x86_64',
    },
    'boot-info': { mode: 'efi', secureboot: false },
    cpuinfo: { model: 'Intel(R) Xeon(R) E-2388G CPU @ 3.20GHz', sockets: 1, cpus: 16 },
    memory: { total: h.memTotal, used: h.memUsed, free: h.memTotal - h.memUsed },
    swap: { total: h.swapTotal, used: h.swapUsed, free: h.swapTotal - h.swapUsed },
    root: { total: h.rootTotal, used: h.rootUsed, avail: h.rootTotal - h.rootUsed },
    info: { fingerprint: pbs.fingerprint() },
  };
}

function hostRrd(pbs: PbsModel, step: number) {
  const h = pbs.host;
  const last = Math.floor(pbs.now() / step) * step;

  return Array.from({ length: 70 }, (_, i) => ({
    time: last - (69 - i) * step,
    cpu: h.cpu,
    iowait: 0.002,
    loadavg: h.load[0],
    memtotal: h.memTotal,
    memused: h.memUsed,
    swaptotal: h.swapTotal,
    swapused: h.swapUsed,
    roottotal: h.rootTotal,
    rootused: h.rootUsed,
    netin: 1_200_000,
    netout: 300_000,
  }));
}

function pbsTaskQuery(pbs: PbsModel, ctx: RouteContext) {
  const q = ctx.query;
  const start = intParam(q, 'start', 0) ?? 0;
  const limit = intParam(q, 'limit', 50) ?? 50;
  const type = q.get('typefilter');
  const storeFilter = q.get('store');
  const errors = boolParam(q, 'errors');
  const running = boolParam(q, 'running');
  const since = intParam(q, 'since');
  const matching = pbs
    .taskList()
    .filter(
      (task) =>
        (!type || task.workerType.startsWith(type)) &&
        (!storeFilter || task.workerId.split(':').includes(storeFilter)) &&
        (!errors || (task.status !== undefined && task.status !== 'OK')) &&
        (!running || task.endtime === undefined) &&
        (since === undefined || task.starttime >= since),
    );

  return new Enveloped(matching.slice(start, start + limit).map(taskItem), {
    total: matching.length,
  });
}
