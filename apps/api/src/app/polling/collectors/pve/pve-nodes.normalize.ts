import type { CpuInfo, Disk, Memory, Node } from '@pulse/contracts';

import type { PveClusterResource, PveMemoryInfo, PveNodeStatus } from '../../../upstream';
import { nodeId } from '../shared/ids';
import { bytes, diskOf, fraction, memoryOf } from '../shared/units';

export interface NodeShapeInput {
  instance: string;
  row: PveClusterResource;
  /** This cycle's `/nodes/{node}/status`, or the last one read when this cycle's failed. */
  status?: PveNodeStatus;
  online: boolean;
  host: string;
  /** `healthy`, `degraded` or `error`. */
  connectionHealth: string;
  now: number;
  clusterName?: string;
  temperatureMonitoringEnabled?: boolean;
}

/**
 * Memory actually in use: total minus what the kernel calls available (PVE 9 `available`), else
 * total minus free, buffers and cache, else the raw `used`, which counts the page cache.
 */
export function nodeMemory(row: PveClusterResource, info?: PveMemoryInfo): Memory | undefined {
  const total = bytes(info?.total) || bytes(row.maxmem);
  if (!total) {
    return undefined;
  }
  if (!info?.total) {
    return memoryOf(bytes(row.mem), total);
  }
  const available = effectiveAvailable(info, total);
  const used = available > 0 && available <= total ? total - available : bytes(info.used);

  return memoryOf(used, total);
}

function effectiveAvailable(info: PveMemoryInfo, total: number): number {
  if (bytes(info.available) > 0) return bytes(info.available);
  if (bytes(info.avail) > 0) return bytes(info.avail);
  const reclaimable = bytes(info.free) + bytes(info.buffers) + bytes(info.cached);

  return Math.min(total, Math.max(reclaimable, total - bytes(info.used)));
}

function nodeDisk(row: PveClusterResource, status?: PveNodeStatus): Disk | undefined {
  const rootfs = status?.rootfs;
  if (rootfs && bytes(rootfs.total) > 0) {
    return diskOf(bytes(rootfs.used), bytes(rootfs.total));
  }

  return bytes(row.maxdisk) > 0 ? diskOf(bytes(row.disk), bytes(row.maxdisk)) : undefined;
}

/** Logical CPUs from the cluster view (`maxcpu`) win over the socket's core count. */
function cpuInfoOf(row: PveClusterResource, status?: PveNodeStatus): CpuInfo {
  const info = status?.cpuinfo;

  return {
    model: info?.model ?? '',
    cores: bytes(row.maxcpu) || bytes(info?.cores),
    sockets: bytes(info?.sockets),
    mhz: info?.mhz ?? '',
  };
}

export function toNode(input: NodeShapeInput): Node {
  const { row, status, online } = input;
  const name = row.node ?? '';
  const memory = online ? withSwap(nodeMemory(row, status?.memory), status) : undefined;
  const disk = online ? nodeDisk(row, status) : undefined;

  return {
    id: nodeId(input.instance, name),
    node: name,
    name,
    displayName: name,
    instance: input.instance,
    host: input.host,
    status: online ? 'online' : 'offline',
    type: 'node',
    cpu: online ? fraction(row.cpu ?? status?.cpu) : 0,
    ...(memory ? { memory } : {}),
    mem: memory?.used ?? 0,
    maxmem: memory?.total ?? 0,
    ...(disk ? { disk } : {}),
    maxdisk: disk?.total ?? 0,
    uptime: online ? bytes(row.uptime ?? status?.uptime) : 0,
    loadAverage: online ? (status?.loadavg ?? []) : [],
    kernelVersion: status?.kversion ?? '',
    pveVersion: status?.pveversion ?? '',
    cpuInfo: cpuInfoOf(row, status),
    lastSeen: input.now,
    connectionHealth: online ? input.connectionHealth : 'error',
    ...clusterFields(input),
  };
}

function withSwap(memory: Memory | undefined, status?: PveNodeStatus): Memory | undefined {
  const swap = status?.swap;
  if (!memory || !swap || !(bytes(swap.total) > 0)) {
    return memory;
  }

  return { ...memory, swapUsed: bytes(swap.used), swapTotal: bytes(swap.total) };
}

function clusterFields(input: NodeShapeInput): Partial<Node> {
  const fields: Partial<Node> = {};
  if (input.clusterName) {
    fields.isClusterMember = true;
    fields.clusterName = input.clusterName;
  }
  if (input.temperatureMonitoringEnabled !== undefined) {
    fields.temperatureMonitoringEnabled = input.temperatureMonitoringEnabled;
  }

  return fields;
}
