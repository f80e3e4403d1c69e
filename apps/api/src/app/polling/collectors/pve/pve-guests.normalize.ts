import type { Container, Disk, GuestBase, Memory, VM } from '@pulse/contracts';

import type { PveClusterResource } from '../../../upstream';
import { IoRates, ZERO_RATES } from '../shared/rate-tracker';
import { bytes, diskOf, fraction, memoryOf } from '../shared/units';
import type { AgentDisks, GuestNetwork } from './pve-agent.normalize';
import type { VmStatus } from './pve-vm-status';

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
export function vmMemory(row: PveClusterResource, status?: VmStatus): Memory {
  const maxmem = bytes(status?.maxmem) || bytes(row.maxmem);
  const balloon = bytes(status?.balloon);
  const total = balloon > 0 && balloon < maxmem ? balloon : maxmem;
  const memory = memoryOf(isRunning(row) ? usedMemory(row, total, status) : 0, total);
  if (balloon > 0) {
    memory.balloon = balloon;
  }

  return memory;
}

function usedMemory(row: PveClusterResource, total: number, status?: VmStatus): number {
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

/*
 * The builders below write each guest as one object literal and add the optional fields one by
 * one: every guest of a poll lives until the next one, so what they allocate is what the old
 * generation turns over each cycle at 10,000 guests (object spreads cost about twice as much).
 */

export function toVm(
  input: GuestShapeInput,
  details: VmDetails | undefined,
  status?: VmStatus,
): VM {
  const vm = guestBase<VM>(input, vmMemory(input.row, status), 'qemu');
  const { disk, disks, reason } = vmDisk(input.row, details);
  if (disk) vm.disk = disk;
  if (disks?.length) vm.disks = disks;
  if (reason) vm.diskStatusReason = reason;
  if (details?.osName) vm.osName = details.osName;
  if (details?.osVersion) vm.osVersion = details.osVersion;
  if (details?.agentVersion) vm.agentVersion = details.agentVersion;
  addNetwork(vm, isRunning(input.row) ? details?.network : undefined);

  return vm;
}

export function toContainer(input: GuestShapeInput, details?: ContainerDetails): Container {
  const { row } = input;
  const running = isRunning(row);
  const ct = guestBase<Container>(
    input,
    memoryOf(running ? bytes(row.mem) : 0, bytes(row.maxmem)),
    'lxc',
  );
  if (bytes(row.maxdisk) > 0) {
    ct.disk = diskOf(running ? bytes(row.disk) : 0, bytes(row.maxdisk));
    ct.disks = [rootDisk(ct.disk, details?.rootDevice)];
  }
  addNetwork(ct, running ? details?.network : undefined);

  return ct;
}

/** The container's root file system as its only disk (PVE reports no other mounts' usage). */
function rootDisk(disk: Disk, device: string | undefined): Disk {
  const root = diskOf(disk.used, disk.total);
  root.mountpoint = '/';
  root.type = 'rootfs';
  if (device) root.device = device;

  return root;
}

/**
 * VM disk usage comes only from the guest agent (PVE reports 0 for VMs). Without it the allocated
 * size is shown with usage -1 and a reason, as the original's UI expects.
 */
function vmDisk(row: PveClusterResource, details: VmDetails | undefined): AgentDisks {
  if (!isRunning(row)) {
    return unknownDisk(row, 'vm-stopped', 0);
  }
  if (!details) {
    return unknownDisk(row, 'no-status', -1);
  }
  if (details.agentEnabled === false) {
    return unknownDisk(row, 'agent-disabled', -1);
  }
  const agent = details.agentDisks;
  if (agent?.disk) {
    return agent;
  }

  return unknownDisk(row, agent?.reason ?? 'no-status', -1);
}

function unknownDisk(row: PveClusterResource, reason: string, usage: number): AgentDisks {
  const maxdisk = bytes(row.maxdisk);
  if (!(maxdisk > 0)) {
    return { reason };
  }
  const disk = diskOf(0, maxdisk);
  disk.usage = usage;

  return { disk, reason };
}

function guestBase<T extends VM | Container>(
  input: GuestShapeInput,
  memory: Memory,
  type: T['type'],
): T {
  const { row } = input;
  const running = isRunning(row);
  const rates = running ? input.rates : ZERO_RATES;
  const guest: GuestBase & { type: T['type'] } = {
    id: input.id,
    vmid: row.vmid ?? 0,
    name: row.name ?? `${row.type === 'lxc' ? 'CT' : 'VM'} ${row.vmid}`,
    node: row.node ?? '',
    instance: input.instance,
    status: row.status ?? 'unknown',
    type,
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
    lastSeen: input.now,
  };
  if (input.lastBackup) guest.lastBackup = input.lastBackup;
  if (row.tags.length) guest.tags = row.tags.join(',');
  if (row.lock) guest.lock = row.lock;

  return guest as T;
}

function addNetwork(guest: GuestBase, network: GuestNetwork | undefined): void {
  if (network?.networkInterfaces.length) guest.networkInterfaces = network.networkInterfaces;
  if (network?.ipAddresses.length) guest.ipAddresses = network.ipAddresses;
}
