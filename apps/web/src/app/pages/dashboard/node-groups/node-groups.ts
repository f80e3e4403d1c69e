import { Node, StateSnapshot } from '@pulse/contracts';
import { compareValues } from '../../../shared/table/sort';

export interface NodeCard {
  id: string;
  name: string;
  status: string;
  cpu: number | null;
  memory: number | null;
  memoryDetail: { used: number; total: number } | null;
  disk: number | null;
  diskDetail: { used: number; total: number } | null;
  uptime: number;
  guests: number;
  running: number;
}

/** The nodes of one PVE instance: a cluster, or a single standalone node. */
export interface NodeGroup {
  instance: string;
  title: string;
  kind: 'Cluster' | 'Standalone';
  reachable: boolean;
  nodes: NodeCard[];
}

export function nodeGroups(state: StateSnapshot): NodeGroup[] {
  const byInstance = new Map<string, Node[]>();
  state.nodes.forEach((node) => {
    byInstance.set(node.instance, [...(byInstance.get(node.instance) ?? []), node]);
  });
  const guests = [...state.vms, ...state.containers].filter((guest) => !guest.template);

  return [...byInstance.entries()]
    .map(([instance, nodes]) => {
      const cluster = nodes.find((node) => node.isClusterMember && node.clusterName);
      const instanceGuests = guests.filter((guest) => guest.instance === instance);

      return {
        instance,
        title: cluster?.clusterName ?? instance,
        kind: cluster ? ('Cluster' as const) : ('Standalone' as const),
        reachable: state.connectionHealth[instance] !== false,
        nodes: nodes
          .map((node) => toCard(node, instanceGuests))
          .sort((a, b) => compareValues(a.name, b.name, 'asc')),
      };
    })
    .sort((a, b) => compareValues(a.title, b.title, 'asc'));
}

function toCard(node: Node, instanceGuests: { node: string; status: string }[]): NodeCard {
  const online = node.status === 'online';
  const guests = instanceGuests.filter((guest) => guest.node === node.node);
  const memory = node.memory ?? { used: node.mem, total: node.maxmem, usage: -1 };
  const disk = node.disk ?? { used: 0, total: node.maxdisk, usage: -1 };

  return {
    id: node.id,
    name: node.displayName || node.name,
    status: node.status,
    cpu: online ? node.cpu * 100 : null,
    memory: online && memory.usage >= 0 ? memory.usage : null,
    memoryDetail: online && memory.total > 0 ? { used: memory.used, total: memory.total } : null,
    disk: online && disk.usage >= 0 ? disk.usage : null,
    diskDetail: online && disk.total > 0 ? { used: disk.used, total: disk.total } : null,
    uptime: online ? node.uptime : 0,
    guests: guests.length,
    running: guests.filter((guest) => guest.status === 'running').length,
  };
}
