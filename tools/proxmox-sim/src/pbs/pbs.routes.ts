import { hashUnit } from '../core/prng';
import { ApiError } from '../http/api-error';
import { boolParam } from '../http/params';
import { RouteContext, Router } from '../http/router';
import { rrdStep } from '../pve/serializers/rrd.serializer';
import { PbsModel } from './pbs-model';
import { gcStatus, groupItems, jobState, snapshotItem } from './pbs.serializer';
import { Datastore } from './pbs.types';
import { registerPbsNodeRoutes } from './pbs-node.routes';

export function createPbsRouter(pbs: PbsModel): Router {
  const router = new Router();
  router
    .get('/version', () => ({
      version: pbs.version,
      release: pbs.version.split('.')[0],
      repoid: 'e5c2b0f1a2d94b1e',
    }))
    .get('/admin/datastore', () =>
      pbs.datastores.map((s) => ({ store: s.name, ...(s.comment ? { comment: s.comment } : {}) })),
    )
    .get('/admin/datastore/{store}/status', (ctx) => datastoreStatus(pbs, ctx))
    .get('/admin/datastore/{store}/gc', (ctx) => gc(pbs, store(pbs, ctx)))
    .post('/admin/datastore/{store}/gc', (ctx) => runGc(pbs, store(pbs, ctx), ctx))
    .get('/admin/datastore/{store}/namespace', (ctx) =>
      store(pbs, ctx).namespaces.map((ns) => ({ ns })),
    )
    .get('/admin/datastore/{store}/groups', (ctx) => groupItems(inNamespace(pbs, ctx)))
    .get('/admin/datastore/{store}/snapshots', (ctx) => snapshots(pbs, ctx))
    .get('/admin/datastore/{store}/rrd', (ctx) => datastoreRrd(pbs, store(pbs, ctx), ctx))
    .get('/admin/gc', () =>
      pbs.datastores.map((s) => ({ ...jobOf(pbs, 'gc', s.name), ...gc(pbs, s) })),
    )
    .get('/admin/verify', () => jobs(pbs, 'verify'))
    .get('/admin/prune', () => jobs(pbs, 'prune'))
    .get('/admin/sync', () => jobs(pbs, 'sync'))
    .get('/config/datastore', () => pbs.datastores.map(datastoreConfig))
    .get('/status', () => [{ subdir: 'datastore-usage' }, { subdir: 'metrics' }])
    .get('/status/datastore-usage', () => pbs.datastores.map((s) => usageItem(pbs, s)));
  registerPbsNodeRoutes(router, pbs);

  return router;
}

function store(pbs: PbsModel, ctx: RouteContext): Datastore {
  const found = pbs.store(ctx.params['store']);
  if (!found) throw new ApiError(404, `datastore '${ctx.params['store']}' does not exist`);

  return found;
}

function datastoreStatus(pbs: PbsModel, ctx: RouteContext) {
  const s = store(pbs, ctx);
  const usage = pbs.storeUsage(s);
  if (!boolParam(ctx.query, 'verbose')) return usage;
  const counts: Record<string, { groups: number; snapshots: number }> = {};
  for (const snap of pbs.snapshotsOf(s.name)) {
    const entry = (counts[snap.backupType] ??= { groups: 0, snapshots: 0 });
    entry.snapshots++;
  }
  for (const group of groupItems(pbs.snapshotsOf(s.name))) counts[group['backup-type']].groups++;

  return { ...usage, counts, 'gc-status': gc(pbs, s) };
}

function gc(pbs: PbsModel, s: Datastore) {
  const snaps = pbs.snapshotsOf(s.name);

  return gcStatus(
    s,
    snaps.reduce((sum, snap) => sum + snap.size, 0),
    snaps.length * 2,
  );
}

function runGc(pbs: PbsModel, s: Datastore, ctx: RouteContext) {
  const task = pbs.addTask({
    workerType: 'garbage_collection',
    workerId: s.name,
    starttime: pbs.now(),
    duration: 0,
    user: ctx.tokenId ?? ctx.user,
  });
  s.lastGcUpid = task.upid;

  return task.upid;
}

function inNamespace(pbs: PbsModel, ctx: RouteContext) {
  const s = store(pbs, ctx);
  const ns = ctx.query.get('ns') ?? '';
  if (!s.namespaces.includes(ns)) throw new ApiError(400, `namespace '${ns}' does not exist`);

  return pbs.snapshotsOf(s.name).filter((snap) => snap.ns === ns);
}

function snapshots(pbs: PbsModel, ctx: RouteContext) {
  const type = ctx.query.get('backup-type');
  const id = ctx.query.get('backup-id');

  return inNamespace(pbs, ctx)
    .filter((snap) => !type || snap.backupType === type)
    .filter((snap) => !id || snap.backupId === id)
    .map(snapshotItem);
}

/** PBS datastore RRD columns; note there is no dedup column. */
function datastoreRrd(pbs: PbsModel, s: Datastore, ctx: RouteContext) {
  const step = rrdStep(ctx.query);
  const usage = pbs.storeUsage(s);
  const last = Math.floor(pbs.now() / step) * step;

  return Array.from({ length: 70 }, (_, i) => {
    const time = last - (69 - i) * step;
    const w = hashUnit(s.total, time);

    return {
      time,
      total: usage.total,
      used: usage.used - (69 - i) * 1024 * 1024,
      available: usage.avail + (69 - i) * 1024 * 1024,
      read_ios: Math.round(w * 40),
      read_bytes: Math.round(w * 8_000_000),
      write_ios: Math.round(w * 60),
      write_bytes: Math.round(w * 12_000_000),
      io_ticks: w * 0.2,
    };
  });
}

function jobOf(pbs: PbsModel, kind: string, storeName: string) {
  const job = pbs.jobs.find((j) => j.kind === kind && j.store === storeName);
  if (!job) return { store: storeName };
  const state: Record<string, unknown> = jobState(job, pbs.now());
  delete state['id'];

  return state;
}

function jobs(pbs: PbsModel, kind: string) {
  return pbs.jobs.filter((job) => job.kind === kind).map((job) => jobState(job, pbs.now()));
}

function datastoreConfig(s: Datastore) {
  return {
    name: s.name,
    path: s.path,
    'gc-schedule': 'daily',
    ...(s.comment ? { comment: s.comment } : {}),
  };
}

function usageItem(pbs: PbsModel, s: Datastore) {
  const usage = pbs.storeUsage(s);
  const step = 86400;
  const start = Math.floor(pbs.now() / step) * step - 30 * step;
  const history = Array.from({ length: 31 }, (_, i) => (usage.used - (30 - i) * 2e9) / usage.total);

  return {
    store: s.name,
    ...usage,
    history,
    'history-start': start,
    'history-delta': step,
    'estimated-full-date': pbs.now() + Math.round((usage.avail / 2e9) * step),
    'gc-status': gc(pbs, s),
  };
}
