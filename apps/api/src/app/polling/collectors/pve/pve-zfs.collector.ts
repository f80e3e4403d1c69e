import type { Storage, ZfsPool } from '@pulse/contracts';

import type { PveStorageConfig } from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { poolNameOf, toZfsPool } from './pve-zfs.normalize';

interface PoolWanted {
  storageId: string;
  pool: string;
}

/**
 * The ZFS pool behind each `zfspool` storage of an online node, keyed by storage id (for
 * `/api/storage/:id`; `/api/state` has no `zfsPool`). Nodes that fail are left out.
 */
export async function collectZfsPools(
  cycle: PveCycle,
  storage: readonly Storage[],
  configs: readonly PveStorageConfig[],
  online: ReadonlySet<string>,
): Promise<Record<string, ZfsPool>> {
  const byNode = wantedPools(storage, configs, online);
  const nodes = [...byNode.keys()];
  const results = await mapSettled(
    nodes,
    cycle.options.nodeConcurrency,
    (node) => readNode(cycle, node, byNode.get(node) ?? []),
    cycle.signal,
  );
  const pools: Record<string, ZfsPool> = {};
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      Object.assign(pools, result.value);
    } else {
      cycle.warnings.push(warningOf(`ZFS pools of node ${nodes[i]}`, result.reason));
    }
  });

  return pools;
}

function wantedPools(
  storage: readonly Storage[],
  configs: readonly PveStorageConfig[],
  online: ReadonlySet<string>,
): Map<string, PoolWanted[]> {
  const byName = new Map(configs.map((config) => [config.storage, config]));
  const byNode = new Map<string, PoolWanted[]>();
  for (const item of storage) {
    if (item.type !== 'zfspool' || item.shared || !online.has(item.node)) {
      continue;
    }
    const wanted = byNode.get(item.node) ?? [];
    wanted.push({ storageId: item.id, pool: poolNameOf(item.name, byName.get(item.name)) });
    byNode.set(item.node, wanted);
  }

  return byNode;
}

async function readNode(
  cycle: PveCycle,
  node: string,
  wanted: PoolWanted[],
): Promise<Record<string, ZfsPool>> {
  const { disks } = cycle.client;
  const present = new Set((await disks.zfsPools(node)).map((pool) => pool.name));
  const names = [...new Set(wanted.map((item) => item.pool))].filter((name) => present.has(name));
  const details = new Map<string, ZfsPool>();
  for (const name of names) {
    details.set(name, toZfsPool(await disks.zfsPool(node, name)));
  }
  const pools: Record<string, ZfsPool> = {};
  for (const item of wanted) {
    const pool = details.get(item.pool);
    if (pool) pools[item.storageId] = pool;
  }

  return pools;
}
