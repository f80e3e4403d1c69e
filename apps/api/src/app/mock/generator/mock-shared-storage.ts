import type { Node, Storage } from '@pulse/contracts';

import { nodeId } from '../../polling/collectors/shared/ids';
import { MOCK_CLUSTER } from './mock-nodes';
import { between } from './prng';
import { GIB, storageCapacityOf } from './mock-usage';

const TIB = 1024 * GIB;
/** Shared storage is listed once, under this node name, as the PVE collector does. */
const CLUSTER_NODE = 'cluster';

const SPECS = [
  { storage: 'cephfs-shared', type: 'cephfs', content: 'iso,vztmpl,backup', size: 120 * TIB },
  { storage: 'ceph-rbd-pool', type: 'rbd', content: 'images,rootdir', size: 80 * TIB },
  { storage: 'pbs-main', type: 'pbs', content: 'backup', size: 10 * TIB },
  { storage: 'shared-storage', type: 'nfs', content: 'images,iso,backup', size: 10 * TIB },
];

/** Ceph, PBS and NFS storage seen by every node of the mock cluster (none without one). */
export function buildSharedStorage(nodes: Node[], random: () => number): Storage[] {
  const members = nodes.filter((node) => node.instance === MOCK_CLUSTER);
  if (members.length === 0) {
    return [];
  }
  const names = members.map((node) => node.node).sort();
  const specs = members.length > 1 ? SPECS : SPECS.slice(0, 3);

  return specs.map((spec) => {
    return {
      id: `${MOCK_CLUSTER}-${CLUSTER_NODE}-${spec.storage}`,
      storage: spec.storage,
      name: spec.storage,
      node: CLUSTER_NODE,
      instance: MOCK_CLUSTER,
      nodes: names,
      nodeIds: names.map((name) => nodeId(MOCK_CLUSTER, name)),
      nodeCount: names.length,
      type: spec.type,
      status: 'available',
      ...storageCapacityOf(spec.size, between(random, 0.2, 0.7)),
      content: spec.content,
      shared: true,
      enabled: true,
      active: true,
    };
  });
}
