import { ClusterEndpoint } from '@pulse/contracts';

import { PveClusterInfo } from '../../upstream/pve/pve-cluster.types';

/**
 * The members of a discovered cluster as stored with the node. Each member is reached at its
 * cluster IP on the port of the configured host.
 */
export function clusterEndpointsOf(cluster: PveClusterInfo, host: string): ClusterEndpoint[] {
  const { protocol, port } = new URL(host);
  const seen = new Date().toISOString();

  return cluster.members.map((member) => ({
    NodeID: member.nodeid === undefined ? member.name : String(member.nodeid),
    NodeName: member.name,
    Host: member.ip ? `${protocol}//${bracketed(member.ip)}:${port}` : '',
    GuestURL: '',
    IP: member.ip ?? '',
    Online: member.online,
    LastSeen: member.online ? seen : '',
  }));
}

function bracketed(ip: string): string {
  return ip.includes(':') ? `[${ip}]` : ip;
}
