import type { PveClient, PveClusterResource } from '../../../upstream';
import type { ResolvedCollectorOptions } from '../collector-options';
import type { PollTarget } from '../collector.types';

/** What every part of one PVE cycle needs: the instance, its client and the cycle's facts. */
export interface PveCycle {
  target: PollTarget;
  client: PveClient;
  options: ResolvedCollectorOptions;
  /** Milliseconds since the epoch at the start of the cycle. */
  now: number;
  includeSlow: boolean;
  signal: AbortSignal;
  warnings: string[];
}

/** `/cluster/resources` split by kind: one call gives the whole cluster. */
export interface PveResources {
  nodes: PveClusterResource[];
  guests: PveClusterResource[];
  storage: PveClusterResource[];
}

export function splitResources(rows: readonly PveClusterResource[]): PveResources {
  const resources: PveResources = { nodes: [], guests: [], storage: [] };
  for (const row of rows) {
    if (row.type === 'node' && row.node) {
      resources.nodes.push(row);
    } else if ((row.type === 'qemu' || row.type === 'lxc') && row.node && row.vmid) {
      resources.guests.push(row);
    } else if (row.type === 'storage' && row.node && row.storage) {
      resources.storage.push(row);
    }
  }

  return resources;
}
