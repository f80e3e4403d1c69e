import { decodeList, decodeObject } from '../decode/shape';
import { seg } from '../http/base-url';
import { UpstreamTransport } from '../http/transport';
import {
  cephPoolShape,
  decodeCephStatus,
  diskShape,
  smartShape,
  zfsDetailShape,
  zfsPoolShape,
} from './pve-disks.decoders';
import {
  PveCephPool,
  PveCephStatus,
  PveDisk,
  PveSmart,
  PveZfsPool,
  PveZfsPoolDetail,
} from './pve-disks.types';

/** Ceph calls are capped at 15 s in the reference poller (§2.4). */
const CEPH_TIMEOUT_MS = 15_000;

/** Physical disks, SMART, ZFS pools and Ceph. */
export class PveDisksClient {
  constructor(private readonly transport: UpstreamTransport) {}

  list(node: string): Promise<PveDisk[]> {
    return this.transport.get(`/nodes/${seg(node)}/disks/list`, (data) =>
      decodeList(data, diskShape),
    );
  }

  smart(node: string, disk: string): Promise<PveSmart> {
    return this.transport.get(
      `/nodes/${seg(node)}/disks/smart`,
      (data) => decodeObject(data, smartShape),
      { query: { disk } },
    );
  }

  zfsPools(node: string): Promise<PveZfsPool[]> {
    return this.transport.get(`/nodes/${seg(node)}/disks/zfs`, (data) =>
      decodeList(data, zfsPoolShape),
    );
  }

  zfsPool(node: string, pool: string): Promise<PveZfsPoolDetail> {
    return this.transport.get(`/nodes/${seg(node)}/disks/zfs/${seg(pool)}`, (data) =>
      decodeObject(data, zfsDetailShape),
    );
  }

  cephStatus(): Promise<PveCephStatus> {
    return this.transport.get('/cluster/ceph/status', decodeCephStatus, {
      timeoutMs: CEPH_TIMEOUT_MS,
    });
  }

  /** Per-pool usage; PVE has no `/cluster/ceph/df`, so pools are read through a node. */
  cephPools(node: string): Promise<PveCephPool[]> {
    return this.transport.get(
      `/nodes/${seg(node)}/ceph/pool`,
      (data) => decodeList(data, cephPoolShape),
      { timeoutMs: CEPH_TIMEOUT_MS },
    );
  }
}
