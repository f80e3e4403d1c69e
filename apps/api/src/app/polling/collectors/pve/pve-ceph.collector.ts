import type { CephCluster, Storage } from '@pulse/contracts';

import type { PveCephPool } from '../../../upstream';
import { warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { CEPH_STORAGE_TYPES, toCephCluster } from './pve-ceph.normalize';

/**
 * Ceph status and pools, asked only when some storage lives on Ceph. Pools come from a node's
 * `ceph/pool` (PVE has no `/cluster/ceph/df`). `undefined` keeps the previous Ceph state.
 */
export async function collectCeph(
  cycle: PveCycle,
  storage: readonly Storage[],
  online: readonly string[],
): Promise<CephCluster[] | undefined> {
  if (!storage.some((item) => CEPH_STORAGE_TYPES.has(item.type))) {
    return [];
  }
  const { client, target } = cycle;
  let status;
  try {
    status = await client.disks.cephStatus();
  } catch (error) {
    cycle.warnings.push(warningOf(`Ceph status of ${target.name}`, error));

    return undefined;
  }
  const pools = await readPools(cycle, online);
  const name = target.clusterName || target.name;

  return [toCephCluster(target.name, name, status, pools, cycle.now)];
}

async function readPools(cycle: PveCycle, online: readonly string[]): Promise<PveCephPool[]> {
  if (!online.length) {
    return [];
  }
  try {
    return await cycle.client.disks.cephPools(online[0]);
  } catch (error) {
    cycle.warnings.push(warningOf(`Ceph pools of ${cycle.target.name}`, error));

    return [];
  }
}
