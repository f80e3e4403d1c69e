import { decodeList, decodeObject } from '../decode/shape';
import { seg } from '../http/base-url';
import { decodeVersion } from '../decode/product-version';
import { UpstreamTransport } from '../http/transport';
import {
  decodeRrd,
  nodeShape,
  nodeStatusShape,
  taskShape,
  taskStatusShape,
} from './pve-nodes.decoders';
import {
  PveNode,
  PveNodeStatus,
  PveRrdPoint,
  PveRrdQuery,
  PveTask,
  PveTaskQuery,
  PveTaskStatus,
  PveVersion,
} from './pve-nodes.types';

/** Per-call caps from the reference poller (§2.4). */
const NODE_RRD_TIMEOUT_MS = 2_000;

export class PveNodesClient {
  constructor(private readonly transport: UpstreamTransport) {}

  version(): Promise<PveVersion> {
    return this.transport.get('/version', decodeVersion);
  }

  nodes(): Promise<PveNode[]> {
    return this.transport.get('/nodes', (data) => decodeList(data, nodeShape));
  }

  status(node: string): Promise<PveNodeStatus> {
    return this.transport.get(`/nodes/${seg(node)}/status`, (data) =>
      decodeObject(data, nodeStatusShape),
    );
  }

  /** Node RRD series. PVE rejects unknown parameters, so there is no `ds` filter: pick columns. */
  rrd(node: string, query: PveRrdQuery = {}): Promise<PveRrdPoint[]> {
    return this.transport.get(`/nodes/${seg(node)}/rrddata`, decodeRrd, {
      query: { timeframe: query.timeframe ?? 'hour', cf: query.cf ?? 'AVERAGE' },
      timeoutMs: NODE_RRD_TIMEOUT_MS,
    });
  }

  tasks(node: string, query: PveTaskQuery = {}): Promise<PveTask[]> {
    return this.transport.get(`/nodes/${seg(node)}/tasks`, (data) => decodeList(data, taskShape), {
      query: { ...query },
    });
  }

  taskStatus(node: string, upid: string): Promise<PveTaskStatus> {
    return this.transport.get(`/nodes/${seg(node)}/tasks/${seg(upid)}/status`, (data) =>
      decodeObject(data, taskStatusShape),
    );
  }
}
