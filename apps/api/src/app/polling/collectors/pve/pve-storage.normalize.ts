import type { Storage } from '@pulse/contracts';

import type { PveClusterResource, PveStorageConfig } from '../../../upstream';
import { isReadOnlyFilesystem } from '../shared/fs-filters';
import { nodeId, storageId } from '../shared/ids';
import { bytes, percent } from '../shared/units';

/** The node name shared storage is listed under, once for the whole cluster. */
export const CLUSTER_NODE = 'cluster';

/** One storage as one node sees it (`storage` rows of `/cluster/resources`). */
export function toStorage(
  instance: string,
  row: PveClusterResource,
  config?: PveStorageConfig,
): Storage {
  const name = row.storage ?? '';
  const node = row.node ?? '';
  const total = bytes(row.maxdisk);
  const used = Math.min(bytes(row.disk), total);
  const active = row.status === 'available';
  const enabled = !config?.disabled;

  return {
    id: storageId(instance, node, name),
    storage: name,
    name,
    node,
    instance,
    nodes: [node],
    nodeIds: [nodeId(instance, node)],
    nodeCount: 1,
    type: row.plugintype ?? config?.type ?? '',
    status: active ? 'available' : enabled ? 'inactive' : 'disabled',
    total,
    used,
    avail: total - used,
    free: total - used,
    usage: percent(used, total),
    content: contentOf(row, config),
    shared: row.shared ?? config?.shared ?? false,
    enabled,
    active,
  };
}

function contentOf(row: PveClusterResource, config?: PveStorageConfig): string {
  const listed = row.content ? row.content.split(',') : (config?.content ?? []);

  return listed
    .map((part) => part.trim())
    .filter(Boolean)
    .sort()
    .join(',');
}

/** Storage that is full by design (ISO images, squashfs) is left out, as on guests. */
export function isCountedStorage(storage: Storage): boolean {
  return !isReadOnlyFilesystem(storage.type, storage.used, storage.total);
}

/**
 * Shared storage (NFS, Ceph, PBS, …) appears once per node in the cluster view; it is listed once
 * under the node `cluster`, with the nodes that see it. The fullest report wins.
 */
export function mergeShared(instance: string, items: readonly Storage[]): Storage[] {
  const local = items.filter((item) => !item.shared);
  const groups = new Map<string, Storage[]>();
  for (const item of items.filter((candidate) => candidate.shared)) {
    const group = groups.get(item.name) ?? [];
    group.push(item);
    groups.set(item.name, group);
  }
  const shared = [...groups.values()].map((group) => mergeGroup(instance, group));

  return [...local, ...shared];
}

function mergeGroup(instance: string, group: Storage[]): Storage {
  const best = group.reduce((a, b) =>
    b.used > a.used || (b.used === a.used && b.total > a.total) ? b : a,
  );
  const nodes = [...new Set(group.map((item) => item.node))].sort();
  const active = group.some((item) => item.active);

  return {
    ...best,
    id: storageId(instance, CLUSTER_NODE, best.name),
    node: CLUSTER_NODE,
    nodes,
    nodeIds: nodes.map((node) => nodeId(instance, node)),
    nodeCount: nodes.length,
    active,
    status: active ? 'available' : best.status,
  };
}
