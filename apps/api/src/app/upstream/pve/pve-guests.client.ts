import { decodeList, decodeObject, stringMap } from '../decode/shape';
import { seg } from '../http/base-url';
import { CallOptions, UpstreamTransport } from '../http/transport';
import { decodeRrd } from './pve-nodes.decoders';
import { PveRrdPoint, PveRrdQuery } from './pve-nodes.types';
import {
  decodeSnapshots,
  guestShape,
  lxcInterfaceShape,
  lxcStatusShape,
  qemuStatusShape,
} from './pve-guests.decoders';
import {
  PveGuest,
  PveGuestConfig,
  PveGuestType,
  PveLxcInterface,
  PveLxcStatus,
  PveQemuStatus,
  PveSnapshot,
} from './pve-guests.types';

/** Containers are polled with a 5 s cap per call in the reference poller (§2.4). */
const LXC_TIMEOUT_MS = 5_000;

/** QEMU VMs and LXC containers on one node. */
export class PveGuestsClient {
  constructor(private readonly transport: UpstreamTransport) {}

  list(type: PveGuestType, node: string): Promise<PveGuest[]> {
    return this.transport.get(`/nodes/${seg(node)}/${type}`, (data) =>
      decodeList(data, guestShape),
    );
  }

  qemuStatus(node: string, vmid: number, options?: CallOptions): Promise<PveQemuStatus> {
    return this.transport.get(
      `${guestPath('qemu', node, vmid)}/status/current`,
      (data) => decodeObject(data, qemuStatusShape),
      options,
    );
  }

  lxcStatus(node: string, vmid: number): Promise<PveLxcStatus> {
    return this.transport.get(
      `${guestPath('lxc', node, vmid)}/status/current`,
      (data) => decodeObject(data, lxcStatusShape),
      { timeoutMs: LXC_TIMEOUT_MS },
    );
  }

  config(type: PveGuestType, node: string, vmid: number): Promise<PveGuestConfig> {
    return this.transport.get(`${guestPath(type, node, vmid)}/config`, stringMap, {
      timeoutMs: type === 'lxc' ? LXC_TIMEOUT_MS : undefined,
    });
  }

  lxcInterfaces(node: string, vmid: number): Promise<PveLxcInterface[]> {
    return this.transport.get(
      `${guestPath('lxc', node, vmid)}/interfaces`,
      (data) => decodeList(data, lxcInterfaceShape),
      { timeoutMs: LXC_TIMEOUT_MS },
    );
  }

  /** Guest RRD series without a `ds` filter (PVE rejects it); columns are picked by the caller. */
  rrd(type: PveGuestType, node: string, vmid: number, query: PveRrdQuery = {}) {
    return this.transport.get<PveRrdPoint[]>(`${guestPath(type, node, vmid)}/rrddata`, decodeRrd, {
      query: { timeframe: query.timeframe ?? 'hour', cf: query.cf ?? 'AVERAGE' },
      timeoutMs: LXC_TIMEOUT_MS,
    });
  }

  snapshots(type: PveGuestType, node: string, vmid: number): Promise<PveSnapshot[]> {
    return this.transport.get(`${guestPath(type, node, vmid)}/snapshot`, decodeSnapshots);
  }
}

export function guestPath(type: PveGuestType, node: string, vmid: number): string {
  return `/nodes/${seg(node)}/${type}/${seg(vmid)}`;
}
