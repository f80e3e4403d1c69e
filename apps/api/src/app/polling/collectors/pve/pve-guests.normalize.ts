import type { Container, Disk, GuestBase, Memory, VM } from '@pulse/contracts';

import type { PveClusterResource, PveQemuStatus } from '../../../upstream';
import { IoRates, ZERO_RATES } from '../shared/rate-tracker';
import { bytes, diskOf, fraction, memoryOf } from '../shared/units';
import type { AgentDisks, GuestNetwork } from './pve-agent.normalize';

/** What the throttled per-VM reads (status/current and the guest agent) last said. */
export interface VmDetails {
  agentEnabled?: boolean;
  agentDisks?: AgentDisks;
  network?: GuestNetwork;
  osName?: string;
  osVersion?: string;
  agentVersion?: string;
}

export interface ContainerDetails {
  network?: GuestNetwork;
  /** Volume of the root file system (`local-lvm:vm-200-disk-0`), from the config. */
  rootDevice?: string;
}

export interface GuestShapeInput {
  id: string;
  instance: string;
  row: PveClusterResource;
  /** Computed from this row's counters; ignored for guests that do not run. */
  rates: IoRates;
  now: number;
  /** Newest backup of this VMID in milliseconds, when one is known. */
  lastBackup?: number;
}

export function isRunning(row: PveClusterResource): boolean {
  return row.status === 'running';
}

/**
 * Memory a running VM really uses (§4.4): total is the balloon target when ballooned below the
 * configured maximum; used is total minus what the guest reports as available (`meminfo`, from
 * the guest agent), else minus the balloon driver's `freemem`, else PVE's own `mem`, which on
 * the cluster view counts the guest's page cache. Without a status the cluster view is used.
 */
export function vmMemory(row: PveClusterResource, status?: PveQemuStatus): Memory {
  const maxmem = bytes(status?.maxmem) || bytes(row.maxmem);
  const balloon = bytes(status?.balloon);
  const total = balloon > 0 && balloon < maxmem ? balloon : maxmem;
  const extra = balloon > 0 ? { balloon } : {};
  if (!isRunning(row)) {
    return memoryOf(0, total, extra);
  }

  return memoryOf(usedMemory(row, total, status), total, extra);
}

function usedMemory(row: PveClusterResource, total: number, status?: PveQemuStatus): number {
  const info = status?.meminfo;
  const available =
    bytes(info?.available) || bytes(info?.free) + bytes(info?.buffers) + bytes(info?.cached);
  if (available > 0) {
    return total - Math.min(available, total);
  }
  const freemem = bytes(status?.freemem);
  if (freemem > 0 && freemem <= total) {
    return total - freemem;
  }

  return bytes(status?.mem) || bytes(row.mem);
}

export function toVm(
  input: GuestShapeInput,
  details: VmDetails | undefined,
  status?: PveQemuStatus,
): VM {
  const running = isRunning(input.row);
  const memory = vmMemory(input.row, status);
  const { disk, disks, reason } = vmDisk(input.row, details);
  const network = running ? details?.network : undefined;

  return {
    ...guestBase(input, memory),
    type: 'qemu',
    ...(disk ? { disk } : {}),
    ...(disks?.length ? { disks } : {}),
    ...(reason ? { diskStatusReason: reason } : {}),
    ...(details?.osName ? { osName: details.osName } : {}),
    ...(details?.osVersion ? { osVersion: details.osVersion } : {}),
    ...(details?.agentVersion ? { agentVersion: details.agentVersion } : {}),
    ...networkFields(network),
  };
}

export function toContainer(input: GuestShapeInput, details?: ContainerDetails): Container {
  const { row } = input;
  const running = isRunning(row);
  const memory = memoryOf(running ? bytes(row.mem) : 0, bytes(row.maxmem));
  const disk =
    bytes(row.maxdisk) > 0 ? diskOf(running ? bytes(row.disk) : 0, bytes(row.maxdisk)) : undefined;

  return {
    ...guestBase(input, memory),
    type: 'lxc',
    ...(disk ? { disk, disks: [rootDisk(disk, details?.rootDevice)] } : {}),
    ...networkFields(running ? details?.network : undefined),
  };
}

/** The container's root file system as its only disk (PVE reports no other mounts' usage). */
function rootDisk(disk: Disk, device: string | undefined): Disk {
  return { ...disk, mountpoint: '/', type: 'rootfs', ...(device ? { device } : {}) };
}

/**
 * VM disk usage comes only from the guest agent (PVE reports 0 for VMs). Without it the allocated
 * size is shown with usage -1 and a reason, as the original's UI expects.
 */
function vmDisk(row: PveClusterResource, details: VmDetails | undefined) {
  const maxdisk = bytes(row.maxdisk);
  const unknown = (reason: string, usage: number): AgentDisks => ({
    disk: maxdisk > 0 ? diskOf(0, maxdisk, { usage }) : undefined,
    reason,
  });
  if (!isRunning(row)) {
    return unknown('vm-stopped', 0);
  }
  if (!details) {
    return unknown('no-status', -1);
  }
  if (details.agentEnabled === false) {
    return unknown('agent-disabled', -1);
  }
  const agent = details.agentDisks;
  if (agent?.disk) {
    return agent;
  }

  return unknown(agent?.reason ?? 'no-status', -1);
}

function guestBase(input: GuestShapeInput, memory: Memory): Omit<GuestBase, 'disk'> {
  const { row } = input;
  const running = isRunning(row);
  const rates = running ? input.rates : ZERO_RATES;

  return {
    id: input.id,
    vmid: row.vmid ?? 0,
    name: row.name ?? `${row.type === 'lxc' ? 'CT' : 'VM'} ${row.vmid}`,
    node: row.node ?? '',
    instance: input.instance,
    status: row.status ?? 'unknown',
    cpu: running ? fraction(row.cpu) : 0,
    cpus: bytes(row.maxcpu),
    memory,
    mem: memory.used,
    maxmem: memory.total,
    networkIn: rates.networkIn,
    networkOut: rates.networkOut,
    diskRead: rates.diskRead,
    diskWrite: rates.diskWrite,
    uptime: running ? bytes(row.uptime) : 0,
    template: row.template ?? false,
    ...(input.lastBackup ? { lastBackup: input.lastBackup } : {}),
    ...(row.tags.length ? { tags: row.tags.join(',') } : {}),
    ...(row.lock ? { lock: row.lock } : {}),
    lastSeen: input.now,
  };
}

function networkFields(network: GuestNetwork | undefined): Partial<GuestBase> {
  if (!network) {
    return {};
  }

  return {
    ...(network.networkInterfaces.length ? { networkInterfaces: network.networkInterfaces } : {}),
    ...(network.ipAddresses.length ? { ipAddresses: network.ipAddresses } : {}),
  };
}
