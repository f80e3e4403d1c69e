import { decodeList } from '../decode/shape';
import { seg } from '../http/base-url';
import { UpstreamTransport } from '../http/transport';
import { clusterResourceShape } from './pve-guests.decoders';
import { PveClusterResource } from './pve-guests.types';
import {
  clusterStatusShape,
  replicationJobShape,
  replicationStateShape,
} from './pve-cluster.decoders';
import { PveClusterStatusItem, PveReplicationJob, PveReplicationState } from './pve-cluster.types';

export type PveResourceType = 'vm' | 'storage' | 'node' | 'sdn';

export class PveClusterClient {
  constructor(private readonly transport: UpstreamTransport) {}

  status(): Promise<PveClusterStatusItem[]> {
    return this.transport.get('/cluster/status', (data) => decodeList(data, clusterStatusShape));
  }

  /** Guests, storage or nodes of the whole cluster in one call (also works on a single node). */
  resources(type?: PveResourceType): Promise<PveClusterResource[]> {
    return this.transport.get(
      '/cluster/resources',
      (data) => decodeList(data, clusterResourceShape),
      { query: { type } },
    );
  }

  /** Replication job configuration; the run state is per node, see `nodeReplication`. */
  replication(): Promise<PveReplicationJob[]> {
    return this.transport.get('/cluster/replication', (data) =>
      decodeList(data, replicationJobShape),
    );
  }

  nodeReplication(node: string): Promise<PveReplicationState[]> {
    return this.transport.get(`/nodes/${seg(node)}/replication`, (data) =>
      decodeList(data, replicationStateShape),
    );
  }
}
