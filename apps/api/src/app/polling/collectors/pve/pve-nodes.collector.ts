import type { Node } from '@pulse/contracts';

import type { PveClusterResource, PveNodeStatus } from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { isNodeOffline, warningOf } from '../shared/errors';
import type { PveCycle } from './pve-cycle';
import { toNode } from './pve-nodes.normalize';

/**
 * Nodes from the cluster view, with `/nodes/{node}/status` for memory, load, kernel and versions.
 * A node whose status call says it is offline (595) is reported offline; the cycle goes on.
 */
export class PveNodesCollector {
  /** Last good status per node: used when a read fails, and for versions of offline nodes. */
  private readonly statuses = new Map<string, PveNodeStatus>();

  async collect(cycle: PveCycle, rows: PveClusterResource[]): Promise<Node[]> {
    const listedOnline = rows.filter((row) => row.status === 'online').map((row) => row.node ?? '');
    const down = new Set(
      rows.map((row) => row.node ?? '').filter((n) => !listedOnline.includes(n)),
    );
    const { client, signal, options } = cycle;
    const results = await mapSettled(
      listedOnline,
      options.nodeConcurrency,
      (node) => client.nodes.status(node),
      signal,
    );
    results.forEach((result, i) => this.record(cycle, listedOnline[i], result, down));
    for (const node of down) {
      cycle.warnings.push(`Node ${node} of ${cycle.target.name} is offline`);
    }

    return rows.map((row) => this.shape(cycle, row, !down.has(row.node ?? '')));
  }

  private record(
    cycle: PveCycle,
    node: string,
    result: PromiseSettledResult<PveNodeStatus>,
    down: Set<string>,
  ): void {
    if (result.status === 'fulfilled') {
      this.statuses.set(node, result.value);
    } else if (isNodeOffline(result.reason)) {
      down.add(node);
    } else {
      cycle.warnings.push(warningOf(`Status of node ${node}`, result.reason));
    }
  }

  private shape(cycle: PveCycle, row: PveClusterResource, online: boolean): Node {
    const { target } = cycle;
    const name = row.node ?? '';
    const endpoint = target.clusterEndpoints.find((member) => member.nodeName === name);

    return toNode({
      instance: target.name,
      row,
      status: this.statuses.get(name),
      online,
      host: endpoint?.host || target.host,
      connectionHealth: cycle.client.connectionHealth(),
      now: cycle.now,
      clusterName: target.isCluster ? target.clusterName || target.name : undefined,
      temperatureMonitoringEnabled: target.monitoring.temperatureMonitoringEnabled,
    });
  }
}
