import { CephCluster, StateSnapshot, Storage } from '@pulse/contracts';
import { matchesWords, queryWords } from '../../shared/table/search';
import { compareValues } from '../../shared/table/sort';

export interface StorageRow {
  id: string;
  name: string;
  instance: string;
  nodes: string;
  type: string;
  content: string;
  status: string;
  shared: boolean;
  usage: number | null;
  used: number;
  total: number;
  free: number;
}

export interface CephRow {
  id: string;
  name: string;
  instance: string;
  health: string;
  usage: number | null;
  used: number;
  total: number;
  osds: string;
}

/** Storage by instance, then name and node; shared storage is one row with all its nodes. */
export function storageRows(state: StateSnapshot): StorageRow[] {
  return state.storage
    .map(toRow)
    .sort(
      (a, b) =>
        compareValues(a.instance, b.instance, 'asc') ||
        compareValues(a.name, b.name, 'asc') ||
        compareValues(a.nodes, b.nodes, 'asc'),
    );
}

function toRow(storage: Storage): StorageRow {
  const nodes = storage.nodes?.length ? storage.nodes : [storage.node];

  return {
    id: storage.id,
    name: storage.name || storage.storage,
    instance: storage.instance,
    nodes: nodes.join(', '),
    type: storage.type,
    content: storage.content.split(',').filter(Boolean).join(', '),
    status: storage.enabled === false ? 'disabled' : storage.status,
    shared: storage.shared,
    usage: storage.total > 0 && storage.usage >= 0 ? storage.usage : null,
    used: storage.used,
    total: storage.total,
    free: storage.free,
  };
}

/** Every word must appear in the name, instance, nodes, type, content or status. */
export function filterStorage(rows: StorageRow[], query: string): StorageRow[] {
  const words = queryWords(query);

  return rows.filter((row) =>
    matchesWords(words, [row.name, row.instance, row.nodes, row.type, row.content, row.status]),
  );
}

export function cephRows(state: StateSnapshot): CephRow[] {
  return state.cephClusters.map((cluster: CephCluster) => ({
    id: cluster.id,
    name: cluster.name,
    instance: cluster.instance,
    health: cluster.health.replace(/^HEALTH_/, '').toLowerCase(),
    usage: cluster.totalBytes > 0 ? cluster.usagePercent : null,
    used: cluster.usedBytes,
    total: cluster.totalBytes,
    osds: `${cluster.numOsdsUp} up, ${cluster.numOsdsIn} in of ${cluster.numOsds}`,
  }));
}
