import { bool, from, int, num, Shape, str, text } from '../decode/shape';
import {
  PveClusterInfo,
  PveClusterStatusItem,
  PveReplicationJob,
  PveReplicationState,
} from './pve-cluster.types';

export const clusterStatusShape: Shape<PveClusterStatusItem> = {
  type: text,
  id: str,
  name: text,
  ip: str,
  local: bool,
  nodeid: int,
  online: bool,
  level: str,
  quorate: bool,
  nodes: int,
  version: int,
};

export const replicationJobShape: Shape<PveReplicationJob> = {
  id: text,
  type: str,
  guest: int,
  jobnum: int,
  source: str,
  target: str,
  schedule: str,
  rate: num,
  comment: str,
  disabled: from('disable', bool),
  removeJob: from('remove_job', str),
};

export const replicationStateShape: Shape<PveReplicationState> = {
  ...replicationJobShape,
  lastSync: from('last_sync', int),
  lastTry: from('last_try', int),
  nextSync: from('next_sync', int),
  duration: num,
  failCount: from('fail_count', int),
  error: str,
  state: str,
};

/** A cluster has a `cluster` row; a standalone node reports only itself. */
export function summarizeClusterStatus(items: PveClusterStatusItem[]): PveClusterInfo {
  const cluster = items.find((item) => item.type === 'cluster');
  const nodes = items.filter((item) => item.type === 'node');

  return {
    isCluster: cluster !== undefined || nodes.length > 1,
    clusterName: cluster?.name,
    quorate: cluster?.quorate,
    members: nodes.map((node) => ({
      name: node.name,
      ip: node.ip,
      nodeid: node.nodeid,
      online: node.online ?? false,
      local: node.local ?? false,
    })),
  };
}
