import type { ClusterEndpoint, NodeResponse, NodeType } from '@pulse/contracts';

import { resolveFlags } from '../nodes/domain/node-defaults';
import type { MockInventory } from './generator/mock-inventory';
import { isoAt } from './generator/mock-usage';

/**
 * What `GET /api/config/nodes` lists in mock mode: one entry per mock PVE instance (the
 * cluster with its members as endpoints, then each standalone node), PBS and PMG, with ids
 * numbered per type as for stored nodes. Secrets are shown as set, as on a real setup.
 */
export function mockNodeEntries(inventory: MockInventory): NodeResponse[] {
  const instances = [...new Set(inventory.nodes.map((node) => node.instance))];
  const pve = instances.map((instance, index) => {
    const members = inventory.nodes.filter((node) => node.instance === instance);
    const clustered = members.some((node) => node.isClusterMember);

    return {
      ...entry('pve', index, instance, members[0].host ?? `https://${instance}.local:8006`),
      isCluster: clustered,
      ...(clustered && {
        clusterName: instance,
        clusterEndpoints: members.map(
          (node): ClusterEndpoint => ({
            NodeID: node.id,
            NodeName: node.node,
            Host: node.host ?? '',
            GuestURL: '',
            IP: '',
            Online: node.status === 'online',
            LastSeen: isoAt(node.lastSeen),
          }),
        ),
      }),
    };
  });
  const pbs = inventory.pbs.map((item, index) => entry('pbs', index, item.name, item.host));
  const pmg = inventory.pmg.map((item, index) => entry('pmg', index, item.name, item.host));

  return [...pve, ...pbs, ...pmg];
}

function entry(type: NodeType, index: number, name: string, host: string): NodeResponse {
  const token = type !== 'pmg';

  return {
    id: `${type}-${index}`,
    type,
    name,
    host,
    user: `pulse-monitor@${type === 'pve' ? 'pam' : type}`,
    hasPassword: !token,
    ...(token && { tokenName: 'pulse-token' }),
    hasToken: token,
    verifySSL: false,
    ...resolveFlags(type, {}),
    status: 'connected',
  };
}
