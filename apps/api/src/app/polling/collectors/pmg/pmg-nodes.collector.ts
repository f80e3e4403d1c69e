import type { PmgNode } from '@pulse/contracts';

import type {
  PmgClient,
  PmgClusterNode,
  PmgNodeStatus,
  PmgQueueCounts,
  PmgQshapeRow,
} from '../../../upstream';
import { mapSettled } from '../shared/concurrency';
import { warningOf } from '../shared/errors';
import { toPmgNode, toQueueStatus } from './pmg.normalize';

export interface PmgReadCycle {
  client: PmgClient;
  name: string;
  now: number;
  includeSlow: boolean;
  signal: AbortSignal;
  warnings: string[];
}

interface NodeRead {
  status?: PmgNodeStatus;
  counts?: PmgQueueCounts;
  qshape?: PmgQshapeRow[];
}

/**
 * Cluster members (a standalone PMG lists itself), each with its status and, when queues are
 * monitored, the four Postfix queue lengths and the oldest deferred mail's age.
 */
export class PmgNodesCollector {
  private members: PmgClusterNode[] = [];

  get names(): string[] {
    return this.members.map((member) => member.name);
  }

  async collect(cycle: PmgReadCycle, withQueues: boolean): Promise<PmgNode[]> {
    try {
      this.members = await cycle.client.nodes.clusterStatus();
    } catch (error) {
      cycle.warnings.push(warningOf(`Cluster nodes of ${cycle.name}`, error));
    }
    const reads = await mapSettled(
      this.members,
      3,
      (member) => this.readNode(cycle, member.name, withQueues),
      cycle.signal,
    );

    return this.members.map((member, i) => {
      const read: NodeRead = reads[i].status === 'fulfilled' ? reads[i].value : {};
      const queue = read.counts && toQueueStatus(read.counts, read.qshape, cycle.now);

      return toPmgNode(member, read.status, queue);
    });
  }

  private async readNode(cycle: PmgReadCycle, node: string, withQueues: boolean) {
    const { nodes } = cycle.client;
    const read: NodeRead = {};
    try {
      read.status = await nodes.status(node);
      if (withQueues) {
        read.counts = await nodes.queues(node);
        read.qshape = await nodes.qshape(node, 'deferred').catch(() => undefined);
      }
    } catch (error) {
      cycle.warnings.push(warningOf(`Node ${node} of ${cycle.name}`, error));
    }

    return read;
  }
}
