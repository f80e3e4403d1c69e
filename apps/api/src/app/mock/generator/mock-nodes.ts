import type { Node, Storage } from '@pulse/contracts';

import { nodeId } from '../../polling/collectors/shared/ids';
import type { MockConfig } from '../mock-config';
import { between, pick } from './prng';
import { diskOf, GIB, memoryOf, round, storageCapacityOf } from './mock-usage';

export const MOCK_CLUSTER = 'mock-cluster';
const CLUSTER_SIZE = 5;
/** The original's demo always shows one offline cluster node. */
const OFFLINE_NODE = 'pve3';
const CORES = [4, 8, 12, 16, 24, 32, 48, 64];
const PVE_VERSIONS = ['8.2.4', '8.1.10', '8.0.4', '7.4-18'];
const KERNELS = ['6.8.12-1-pve', '6.5.13-5-pve', '6.2.16-20-pve'];

/** Node `pveN` in the cluster (first five), or a standalone instance of its own. */
function nodePlacement(index: number): { name: string; instance: string } {
  if (index < CLUSTER_SIZE) {
    return { name: `pve${index + 1}`, instance: MOCK_CLUSTER };
  }
  const name = `standalone${index - CLUSTER_SIZE + 1}`;

  return { name, instance: name };
}

export function buildNode(
  index: number,
  config: MockConfig,
  random: () => number,
  now: number,
): Node {
  const { name, instance } = nodePlacement(index);
  const online = name !== OFFLINE_NODE;
  const cores = pick(random, CORES);
  const memTotal = Math.round(between(random, 32, 128)) * GIB;
  const memory = memoryOf(memTotal, online ? between(random, 0.3, 0.7) : 0);
  const disk = diskOf(Math.round(between(random, 500, 2500)) * GIB, between(random, 0.2, 0.6));
  const clustered = instance === MOCK_CLUSTER;

  return {
    id: nodeId(instance, name),
    node: name,
    name,
    displayName: name,
    instance,
    host: `https://${name}.local:8006`,
    status: online ? 'online' : 'offline',
    type: 'node',
    cpu: online ? round(baseCpu(name, config) + between(random, 0, 0.2), 4) : 0,
    memory,
    mem: memory.used,
    maxmem: memory.total,
    disk,
    maxdisk: disk.total,
    uptime: online ? Math.round(between(random, 1, 90) * 86_400) : 0,
    loadAverage: online ? [0.5, 0.6, 0.7].map((load) => round(load * cores * 0.2)) : null,
    kernelVersion: pick(random, KERNELS),
    pveVersion: pick(random, PVE_VERSIONS),
    cpuInfo: { model: 'Mock CPU', cores, sockets: 1, mhz: '3200' },
    lastSeen: now,
    connectionHealth: online ? 'healthy' : 'error',
    ...(clustered && { isClusterMember: true, clusterName: MOCK_CLUSTER }),
  };
}

/** The CPU fraction a node's load drifts back to. */
export function baseCpu(node: string, config: MockConfig): number {
  return config.highLoadNodes.includes(node) ? 0.75 : 0.15;
}

/** `local` (directory) and `local-zfs` (ZFS pool) on every node. */
export function buildStorage(node: Node, random: () => number): Storage[] {
  const specs = [
    { storage: 'local', type: 'dir', content: 'iso,vztmpl,backup', size: 500 },
    { storage: 'local-zfs', type: 'zfspool', content: 'images,rootdir', size: 2048 },
  ];

  return specs.map((spec) => {
    return {
      id: `${node.instance}-${node.node}-${spec.storage}`,
      storage: spec.storage,
      name: spec.storage,
      node: node.node,
      instance: node.instance,
      type: spec.type,
      status: node.status === 'online' ? 'available' : 'unavailable',
      ...storageCapacityOf(spec.size * GIB, between(random, 0.1, 0.8)),
      content: spec.content,
      shared: false,
      enabled: true,
      active: node.status === 'online',
    };
  });
}
