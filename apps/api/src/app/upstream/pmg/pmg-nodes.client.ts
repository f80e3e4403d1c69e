import { decodeList, decodeObject } from '../decode/shape';
import { seg } from '../http/base-url';
import { UpstreamTransport } from '../http/transport';
import { backupShape, clusterNodeShape, decodeQshape, nodeStatusShape } from './pmg.decoders';
import {
  PmgBackup,
  PmgClusterNode,
  PmgNodeStatus,
  PmgQshapeRow,
  PmgQueueCounts,
  PmgQueueName,
} from './pmg.types';

const QUEUES: readonly PmgQueueName[] = ['active', 'deferred', 'hold', 'incoming'];

/** Cluster membership, node status, Postfix queues and configuration backups. */
export class PmgNodesClient {
  constructor(private readonly transport: UpstreamTransport) {}

  /** Cluster nodes; a standalone PMG lists itself thanks to `list_single_node`. */
  clusterStatus(): Promise<PmgClusterNode[]> {
    return this.transport.get(
      '/config/cluster/status',
      (data) => decodeList(data, clusterNodeShape),
      { query: { list_single_node: 1 } },
    );
  }

  status(node: string): Promise<PmgNodeStatus> {
    return this.transport.get(`/nodes/${seg(node)}/status`, (data) =>
      decodeObject(data, nodeStatusShape),
    );
  }

  /**
   * Mails waiting in one Postfix queue. `/postfix/queue` itself is only a directory index, so the
   * count comes from the queue listing's `total` (one entry fetched).
   */
  queueLength(node: string, queue: PmgQueueName): Promise<number> {
    return this.transport.get(
      `/nodes/${seg(node)}/postfix/queue/${queue}`,
      (data, envelope) => envelope.total ?? (Array.isArray(data) ? data.length : 0),
      { query: { limit: 1 } },
    );
  }

  async queues(node: string): Promise<PmgQueueCounts> {
    const lengths = await Promise.all(QUEUES.map((queue) => this.queueLength(node, queue)));

    return Object.fromEntries(QUEUES.map((queue, i) => [queue, lengths[i]])) as PmgQueueCounts;
  }

  /** Age distribution of a queue per domain; the `TOTAL` row sums all domains. */
  qshape(node: string, queue: PmgQueueName = 'deferred'): Promise<PmgQshapeRow[]> {
    return this.transport.get(`/nodes/${seg(node)}/postfix/qshape`, decodeQshape, {
      query: { queue },
    });
  }

  backups(node: string): Promise<PmgBackup[]> {
    return this.transport.get(`/nodes/${seg(node)}/backup`, (data) =>
      decodeList(data, backupShape),
    );
  }
}
