import { ApiError, Enveloped } from '../../http/api-error';
import { boolParam, intParam } from '../../http/params';
import { RouteContext, Router } from '../../http/router';
import { cephPools, cephStatus } from '../model/ceph';
import { TaskQuery } from '../model/task-log';
import { TaskEntry } from '../model/pve.types';
import { nodeStatus, pveVersionInfo } from '../serializers/node.serializer';
import { nodeRrd, rrdStep } from '../serializers/rrd.serializer';
import { PveDeps } from './pve-deps';

export function registerNodeRoutes(router: Router, deps: PveDeps): void {
  const { cluster } = deps;
  router
    .get('/nodes/{node}/status', (ctx) =>
      nodeStatus(cluster.node(ctx.params['node']), cluster.now()),
    )
    .get('/nodes/{node}/version', (ctx) => pveVersionInfo(cluster.node(ctx.params['node'])))
    .get('/nodes/{node}/rrddata', (ctx) => {
      const node = cluster.node(ctx.params['node']);

      return nodeRrd(node, cluster.now(), rrdStep(ctx.query));
    })
    .get('/nodes/{node}/tasks', (ctx) => taskList(deps, ctx))
    .get('/nodes/{node}/tasks/{upid}/status', (ctx) => taskStatus(findTask(deps, ctx)))
    .get('/nodes/{node}/tasks/{upid}/log', (ctx) => taskLog(findTask(deps, ctx)))
    .get('/nodes/{node}/replication', (ctx) => replicationState(deps, ctx.params['node']))
    .get('/nodes/{node}/ceph/pool', (ctx) => {
      cluster.node(ctx.params['node']);

      return cephPools(cluster);
    })
    .get('/nodes/{node}/ceph/status', (ctx) => {
      cluster.node(ctx.params['node']);
      if (!cluster.scenario.ceph)
        throw new ApiError(500, 'binary not installed: /usr/bin/ceph-mon');

      return cephStatus(cluster, deps.cephFsid);
    });
}

function taskList(deps: PveDeps, ctx: RouteContext) {
  const node = deps.cluster.node(ctx.params['node']);
  const q = ctx.query;
  const source = q.get('source') ?? 'archive';
  if (!['archive', 'active', 'all'].includes(source)) {
    throw new ApiError(400, 'Parameter verification failed.', {
      source: 'value not in enumeration',
    });
  }
  const query: TaskQuery = {
    start: intParam(q, 'start', 0) ?? 0,
    limit: intParam(q, 'limit', 50) ?? 50,
    typefilter: q.get('typefilter') ?? undefined,
    vmid: intParam(q, 'vmid'),
    userfilter: q.get('userfilter') ?? undefined,
    since: intParam(q, 'since'),
    until: intParam(q, 'until'),
    errors: boolParam(q, 'errors'),
    source: source as TaskQuery['source'],
  };
  const { total, items } = deps.cluster.tasks.list(node.name, query);

  return new Enveloped(items.map(taskItem), { total });
}

function taskItem(task: TaskEntry) {
  return {
    upid: task.upid,
    node: task.node,
    pid: task.pid,
    pstart: task.pstart,
    starttime: task.starttime,
    type: task.type,
    id: task.id,
    user: task.user,
    ...(task.endtime !== undefined ? { endtime: task.endtime, status: task.status } : {}),
  };
}

function findTask(deps: PveDeps, ctx: RouteContext): TaskEntry {
  const task = deps.cluster.tasks.get(ctx.params['upid']);
  if (!task || task.node !== ctx.params['node'])
    throw new ApiError(500, 'unable to parse worker upid');

  return task;
}

function taskStatus(task: TaskEntry) {
  const running = task.endtime === undefined;

  return {
    ...taskItem(task),
    status: running ? 'running' : 'stopped',
    ...(running ? {} : { exitstatus: task.status }),
  };
}

function taskLog(task: TaskEntry) {
  const lines = [...task.log, task.endtime === undefined ? '' : `TASK ${task.status}`];
  const rows = lines.filter((line) => line.length > 0).map((t, i) => ({ n: i + 1, t }));

  return new Enveloped(rows, { total: rows.length });
}

const INTERVALS: Record<string, number> = { '*/15': 900, '*/30': 1800, hourly: 3600 };

function replicationState(deps: PveDeps, nodeName: string) {
  const { cluster } = deps;
  cluster.node(nodeName);

  return cluster.replication
    .map((job) => ({ job, guest: cluster.guest(job.guest) }))
    .filter(({ job, guest }) => guest?.node === nodeName && job.target !== nodeName)
    .map(({ job, guest }) => {
      const lastTry = job.failCount > 0 ? cluster.now() - 120 : job.lastSync;
      const interval = INTERVALS[job.schedule] ?? 900;

      return {
        id: job.id,
        jobnum: job.jobnum,
        guest: job.guest,
        type: 'local',
        vmtype: guest?.type,
        source: nodeName,
        target: job.target,
        schedule: job.schedule,
        last_sync: job.lastSync,
        last_try: lastTry,
        next_sync: job.failCount > 0 ? lastTry + 300 * job.failCount : job.lastSync + interval,
        duration: job.duration,
        fail_count: job.failCount,
        ...(job.error ? { error: job.error } : {}),
      };
    });
}
