import { ApiError, parameterError, RawJson } from '../../http/api-error';
import { RouteContext, Router } from '../../http/router';
import { cephStatus } from '../model/ceph';
import { resourceGuestJson } from '../serializers/guest.serializer';
import { nodeListItem, nodeResource, pveVersionInfo } from '../serializers/node.serializer';
import { storageConfigItem } from '../serializers/storage.serializer';
import { PveDeps, viewOf } from './pve-deps';

const RESOURCE_TYPES = ['vm', 'storage', 'node', 'sdn'];

export function registerClusterRoutes(router: Router, deps: PveDeps): void {
  const { cluster } = deps;
  const resources = new ResourceCache(deps);
  router
    .get('/version', () => ({ ...pveVersionInfo(cluster.nodes[0]), console: 'xtermjs' }))
    .get('/nodes', () => nodeList(deps))
    .get('/cluster/status', () => clusterStatus(deps))
    .get('/cluster/resources', (ctx) => resources.get(ctx))
    .get('/cluster/replication', () => replicationConfig(deps))
    .get('/cluster/ceph/status', () => requireCeph(deps))
    .get('/storage', () =>
      cluster.storages.map((def) => storageConfigItem(def, cluster.pbs.fingerprint())),
    );
}

function nodeList(deps: PveDeps) {
  const now = deps.cluster.now();

  return deps.cluster.nodes.map((node) =>
    nodeListItem({
      node,
      online: deps.cluster.isNodeOnline(node.name),
      now,
      fingerprint: deps.fingerprint(),
    }),
  );
}

/** Standalone nodes list only themselves; clusters add a `cluster` row with quorum. */
function clusterStatus(deps: PveDeps) {
  const { cluster } = deps;
  const rows = cluster.nodes.map((node, i) => ({
    type: 'node',
    id: `node/${node.name}`,
    name: node.name,
    ip: node.ip,
    nodeid: cluster.isCluster ? node.nodeid : 0,
    online: cluster.isNodeOnline(node.name) ? 1 : 0,
    local: i === 0 ? 1 : 0,
    level: '',
  }));
  if (!cluster.isCluster) return rows;
  const online = rows.filter((row) => row.online === 1).length;
  const header = {
    type: 'cluster',
    id: 'cluster',
    name: cluster.scenario.clusterName,
    nodes: rows.length,
    quorate: online > rows.length / 2 ? 1 : 0,
    version: rows.length + 4,
  };

  return [header, ...rows];
}

function replicationConfig(deps: PveDeps) {
  return deps.cluster.replication
    .map((job) => ({ job, guest: deps.cluster.guest(job.guest) }))
    .filter(({ job, guest }) => guest && guest.node !== job.target)
    .map(({ job, guest }) => ({
      id: job.id,
      type: 'local',
      guest: job.guest,
      jobnum: job.jobnum,
      target: job.target,
      schedule: job.schedule,
      source: guest?.node,
      ...(job.rate ? { rate: job.rate } : {}),
      ...(job.comment ? { comment: job.comment } : {}),
      ...(job.disable ? { disable: 1 } : {}),
    }));
}

function requireCeph(deps: PveDeps) {
  if (!deps.cluster.scenario.ceph) {
    throw new ApiError(500, 'binary not installed: /usr/bin/ceph-mon');
  }

  return cephStatus(deps.cluster, deps.cephFsid);
}

/**
 * `/cluster/resources` is the heaviest call (10,000+ rows in benchmarks): the serialized body
 * is kept per `type` filter until the data or the faults change.
 */
class ResourceCache {
  private readonly entries = new Map<string, { version: number; body: RawJson }>();

  constructor(private readonly deps: PveDeps) {}

  get(ctx: RouteContext): RawJson {
    const type = ctx.query.get('type') ?? '';
    if (type && !RESOURCE_TYPES.includes(type)) {
      const allowed = RESOURCE_TYPES.join(', ');
      throw parameterError({
        type: `value '${type}' does not have a value in the enumeration '${allowed}'`,
      });
    }
    const version = this.deps.cluster.version;
    const cached = this.entries.get(type);
    if (cached && cached.version === version) return cached.body;
    const body = new RawJson(Buffer.from(`{"data":[${this.build(type).join(',')}]}`));
    this.entries.set(type, { version, body });

    return body;
  }

  private build(type: string): string[] {
    const want = (kind: string) => type === '' || type === kind;
    const rows: string[] = [];
    const json = (items: unknown[]) => items.map((item) => JSON.stringify(item));
    if (want('vm')) {
      for (const guest of this.deps.cluster.guests) {
        rows.push(resourceGuestJson(viewOf(this.deps, guest)));
      }
    }
    if (want('node')) rows.push(...json(this.nodes()));
    if (want('storage')) rows.push(...json(this.storages()));
    if (want('sdn')) rows.push(...json(this.sdn()));

    return rows;
  }

  private nodes() {
    const { cluster } = this.deps;
    const now = cluster.now();
    const fingerprint = this.deps.fingerprint();

    return cluster.nodes.map((node) =>
      nodeResource({ node, online: cluster.isNodeOnline(node.name), now, fingerprint }),
    );
  }

  private storages() {
    const { cluster } = this.deps;

    return cluster.nodes.flatMap((node) =>
      cluster.storagesOn(node.name).map((def) => {
        const online = cluster.isNodeOnline(node.name);
        const status = online ? cluster.storageStatus(node, def) : undefined;

        return {
          id: `storage/${node.name}/${def.storage}`,
          type: 'storage',
          node: node.name,
          storage: def.storage,
          status: online ? 'available' : 'unknown',
          plugintype: def.type,
          content: def.content.join(','),
          shared: def.shared ? 1 : 0,
          ...(status ? { disk: status.used, maxdisk: status.total } : {}),
        };
      }),
    );
  }

  private sdn() {
    return this.deps.cluster.nodes.map((node) => ({
      id: `sdn/${node.name}/localnetwork`,
      type: 'sdn',
      sdn: 'localnetwork',
      node: node.name,
      status: this.deps.cluster.isNodeOnline(node.name) ? 'ok' : 'unknown',
    }));
  }
}
