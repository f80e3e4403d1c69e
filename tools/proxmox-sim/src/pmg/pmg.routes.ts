import { hashUnit } from '../core/prng';
import { DAY, HOUR } from '../core/units';
import { formatUpid } from '../core/upid';
import { ApiError, parameterError } from '../http/api-error';
import { boolParam, intParam } from '../http/params';
import { RouteContext, Router } from '../http/router';
import { MailCounts } from './mail-stats';
import { backupName, PmgModel, PmgNode } from './pmg-model';
import { registerPostfixRoutes } from './postfix.routes';

export function createPmgRouter(pmg: PmgModel): Router {
  const router = new Router();
  router
    .get('/version', () => ({
      version: pmg.version,
      release: pmg.version.split('.').slice(0, 2).join('.'),
      repoid: '8b2f0c1de4a7',
    }))
    .get('/nodes', () => pmg.nodes.map((node) => ({ node: node.name })))
    .get('/nodes/{node}/status', (ctx) => nodeStatus(pmg, requireNode(pmg, ctx)))
    .get('/config/cluster/status', (ctx) => clusterStatus(pmg, ctx))
    .get('/nodes/{node}/backup', (ctx) => requireNode(pmg, ctx).backups)
    .post('/nodes/{node}/backup', (ctx) => createBackup(pmg, requireNode(pmg, ctx), ctx))
    .get('/statistics/mail', (ctx) => mailTotals(pmg, ctx))
    .get('/statistics/mailcount', (ctx) => mailCount(pmg, ctx))
    .get('/statistics/spamscores', (ctx) => spamScores(pmg, ctx))
    .get('/quarantine/spamstatus', () => quarantine(pmg, 'spam'))
    .get('/quarantine/virusstatus', () => quarantine(pmg, 'virus'));
  registerPostfixRoutes(router, pmg, requireNode);

  return router;
}

export function requireNode(pmg: PmgModel, ctx: RouteContext): PmgNode {
  const node = pmg.node(ctx.params['node']);
  if (!node) throw new ApiError(500, `no such cluster node '${ctx.params['node']}'`);

  return node;
}

function nodeStatus(pmg: PmgModel, node: PmgNode) {
  return {
    cpu: node.cpu,
    wait: 0.001,
    uptime: pmg.now() - node.bootTime,
    loadavg: [node.cpu * 4, node.cpu * 3.5, node.cpu * 3].map((v) => v.toFixed(2)),
    memory: { total: pmg.memTotal, used: node.memUsed, free: pmg.memTotal - node.memUsed },
    insync: 1,
    pmgversion: `pmg-api/${pmg.version}/8b2f0c1de4a7`,
    kversion: 'Linux 6.8.12-9-pve #1 SMP PREEMPT_DYNAMIC',
  };
}

/** A single unclustered node appears only with `list_single_node=1`, like real PMG. */
function clusterStatus(pmg: PmgModel, ctx: RouteContext) {
  if (pmg.nodes.length === 1 && !boolParam(ctx.query, 'list_single_node')) return [];

  return pmg.nodes.map((node) => ({
    cid: node.cid,
    name: node.name,
    type: node.role,
    ip: node.ip,
    fingerprint: pmg.fingerprint(),
    hostrsapubkey: 'AAAAB3NzaC1yc2EAAAADAQABAAABAQC7simulated',
    rootrsapubkey: 'AAAAB3NzaC1yc2EAAAADAQABAAABAQD9simulated',
    insync: 1,
  }));
}

function createBackup(pmg: PmgModel, node: PmgNode, ctx: RouteContext) {
  const now = pmg.now();
  node.backups.push({ filename: backupName(now), size: 150_000, timestamp: now });
  const user = ctx.tokenId ?? ctx.user;

  return formatUpid({
    node: node.name,
    pid: pmg.nextUpidPid(),
    pstart: 0,
    starttime: now,
    type: 'backup',
    id: '',
    user,
  });
}

/** Default window: the last 24 h; `day`/`month`/`year` pick a calendar day (UTC here). */
function window(pmg: PmgModel, ctx: RouteContext): [number, number] {
  const now = pmg.now();
  const q = ctx.query;
  const year = intParam(q, 'year');
  if (year !== undefined) {
    const month = (intParam(q, 'month', 1) ?? 1) - 1;
    const day = intParam(q, 'day');
    const start = Date.UTC(year, month, day ?? 1) / 1000;
    const end = day !== undefined ? start + DAY : Date.UTC(year, month + 1, 1) / 1000;

    return [start, Math.min(end, now)];
  }
  const start = intParam(q, 'starttime', now - DAY) ?? now - DAY;
  const end = intParam(q, 'endtime', now) ?? now;
  if (end <= start) throw parameterError({ endtime: 'endtime must be after starttime' });

  return [start, end];
}

function mailTotals(pmg: PmgModel, ctx: RouteContext) {
  const [start, end] = window(pmg, ctx);
  const c = pmg.traffic.window(start, end);
  const count = c.count_in + c.count_out;
  const { ptime, ...rest } = c;

  return { count, ...rest, avptime: count > 0 ? Math.round((ptime / count) * 1000) / 1000 : 0 };
}

function mailCount(pmg: PmgModel, ctx: RouteContext) {
  const [start, end] = window(pmg, ctx);
  const timespan = intParam(ctx.query, 'timespan', HOUR) ?? HOUR;
  if (timespan < HOUR || timespan > 31622400) {
    throw parameterError({ timespan: 'value must have a minimum value of 3600' });
  }
  const rows = [];
  for (let index = 0, t = start; t < end; index++, t += timespan) {
    const c = pmg.traffic.window(t, Math.min(end, t + timespan));
    rows.push({ index, time: t, count: c.count_in + c.count_out, ...pick(c) });
  }

  return rows;
}

function pick(c: MailCounts) {
  return {
    count_in: c.count_in,
    count_out: c.count_out,
    spamcount_in: c.spamcount_in,
    spamcount_out: c.spamcount_out,
    viruscount_in: c.viruscount_in,
    viruscount_out: c.viruscount_out,
    bounces_in: c.bounces_in,
    bounces_out: c.bounces_out,
    rbl_rejects: c.rbl_rejects,
    pregreet_rejects: c.pregreet_rejects,
    glcount: c.glcount,
  };
}

function spamScores(pmg: PmgModel, ctx: RouteContext) {
  const [start, end] = window(pmg, ctx);
  const c = pmg.traffic.window(start, end);
  const clean = c.count_in - c.spamcount_in;
  const weights = Array.from({ length: 10 }, (_, i) => 0.3 + hashUnit(start, i));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const rows = [{ level: '0', count: clean }];
  weights.forEach((w, i) =>
    rows.push({ level: String(i + 1), count: Math.round((c.spamcount_in * w) / weightSum) }),
  );

  return rows.map((row) => ({ ...row, ratio: c.count_in > 0 ? row.count / c.count_in : 0 }));
}

function quarantine(pmg: PmgModel, kind: 'spam' | 'virus') {
  const now = pmg.now();
  const week = pmg.traffic.window(now - 7 * DAY, now);
  const count = kind === 'spam' ? Math.round(week.spamcount_in * 0.6) : week.viruscount_in;
  const avgbytes = kind === 'spam' ? 14200 : 48800;
  const mbytes = Math.round(((count * avgbytes) / (1024 * 1024)) * 100) / 100;

  return kind === 'spam' ? { count, avgbytes, avgspam: 8.7, mbytes } : { count, avgbytes, mbytes };
}
