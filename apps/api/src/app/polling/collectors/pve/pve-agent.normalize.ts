import type { Disk, NetworkInterface } from '@pulse/contracts';

import {
  isGuestAgentError,
  isUpstreamError,
  type PveAgentFilesystem,
  type PveAgentInterface,
  type PveAgentOsInfo,
  type PveIpAddress,
  type PveLxcInterface,
} from '../../../upstream';
import { isReadOnlyFilesystem, isSpecialFilesystem, isWindowsDrive } from '../shared/fs-filters';
import { bytes, diskOf } from '../shared/units';

/** What the guest agent says about a VM's file systems: a sum, or why there is none. */
export interface AgentDisks {
  disk?: Disk;
  disks?: Disk[];
  /** Set when `disk` is missing: `no-filesystems`, `special-filesystems-only`, `agent-*`, … */
  reason?: string;
}

export interface GuestNetwork {
  networkInterfaces: NetworkInterface[];
  ipAddresses: string[];
}

/** Sums the guest's real file systems (§4.5): no pseudo, remote, read-only or empty ones. */
export function summarizeFilesystems(filesystems: readonly PveAgentFilesystem[]): AgentDisks {
  if (filesystems.length === 0) {
    return { reason: 'no-filesystems' };
  }
  const kept = dedupeByDevice(filesystems.filter(isCountedFilesystem));
  if (kept.length === 0) {
    return { reason: 'special-filesystems-only' };
  }
  const disks = kept.map((fs) =>
    diskOf(bytes(fs.usedBytes), bytes(fs.totalBytes), {
      mountpoint: fs.mountpoint,
      type: fs.type,
      device: deviceOf(fs),
    }),
  );
  const used = disks.reduce((sum, disk) => sum + disk.used, 0);
  const total = disks.reduce((sum, disk) => sum + disk.total, 0);

  return { disk: diskOf(used, total), disks };
}

function isCountedFilesystem(fs: PveAgentFilesystem): boolean {
  if (!(bytes(fs.totalBytes) > 0)) {
    return false;
  }
  if (isWindowsDrive(fs.mountpoint)) {
    return true;
  }

  return (
    !isReadOnlyFilesystem(fs.type, bytes(fs.usedBytes), bytes(fs.totalBytes)) &&
    !isSpecialFilesystem(fs.type, fs.mountpoint)
  );
}

/** Bind mounts and subvolumes show one device several times; count it once. */
function dedupeByDevice(filesystems: PveAgentFilesystem[]): PveAgentFilesystem[] {
  const seen = new Set<string>();

  return filesystems.filter((fs) => {
    const dev = fs.disks[0]?.dev;
    if (!dev) {
      return true;
    }
    if (seen.has(dev)) {
      return false;
    }
    seen.add(dev);

    return true;
  });
}

function deviceOf(fs: PveAgentFilesystem): string {
  const disk = fs.disks[0];
  if (disk?.dev) return disk.dev;
  if (disk?.serial) return disk.serial;
  if (disk?.busType) return `${disk.busType}-${disk.target ?? 0}`;

  return fs.mountpoint || 'root-filesystem';
}

/** Why the agent gave no disk data, in the words the original's UI knows. */
export function agentErrorReason(error: unknown): string {
  if (!isUpstreamError(error)) {
    return 'agent-error';
  }
  if (isGuestAgentError(error)) {
    return /not configured/i.test(error.upstreamMessage ?? '')
      ? 'agent-disabled'
      : 'agent-not-running';
  }
  if (error.kind === 'timeout') return 'agent-timeout';
  if (error.kind === 'permission') return 'permission-denied';

  return 'agent-error';
}

/** OS name and version as the original picks them from `get-osinfo`. */
export function osFields(info: PveAgentOsInfo): { osName?: string; osVersion?: string } {
  const osName = info.name || info.prettyName || info.id || undefined;
  const pretty = info.prettyName && info.prettyName !== osName ? info.prettyName : undefined;
  const osVersion = info.version || info.versionId || pretty || info.kernelRelease || undefined;

  return { ...(osName ? { osName } : {}), ...(osVersion ? { osVersion } : {}) };
}

export function agentNetwork(interfaces: readonly PveAgentInterface[]): GuestNetwork {
  return networkOf(
    interfaces.map((nic) => ({
      name: nic.name,
      mac: nic.hardwareAddress,
      addresses: nic.ipAddresses.map((ip) => ip.address),
      rxBytes: nic.rxBytes,
      txBytes: nic.txBytes,
    })),
  );
}

export function containerNetwork(interfaces: readonly PveLxcInterface[]): GuestNetwork {
  return networkOf(
    interfaces.map((nic) => ({
      name: nic.name,
      mac: nic.hwaddr,
      addresses: addressesOf(nic),
    })),
  );
}

function addressesOf(nic: PveLxcInterface): string[] {
  const listed = nic.ipAddresses.map((ip: PveIpAddress) => ip.address);
  const fallback = [nic.inet, nic.inet6].filter((ip): ip is string => Boolean(ip));

  return (listed.length ? listed : fallback).map((ip) => ip.replace(/\/\d+$/, ''));
}

/** Drops loopback and link-local addresses, and interfaces left with nothing to show. */
function networkOf(interfaces: NetworkInterface[]): GuestNetwork {
  const networkInterfaces: NetworkInterface[] = [];
  const ipAddresses: string[] = [];
  for (const nic of interfaces) {
    const addresses = (nic.addresses ?? []).filter(isRoutable);
    if (!addresses.length && !hasMac(nic.mac)) {
      continue;
    }
    networkInterfaces.push(
      compact({ ...nic, addresses: addresses.length ? addresses : undefined }),
    );
    ipAddresses.push(...addresses.filter((ip) => !ipAddresses.includes(ip)));
  }

  return { networkInterfaces, ipAddresses };
}

function isRoutable(address: string): boolean {
  const ip = address.toLowerCase();

  return !(ip.startsWith('127.') || ip === '::1' || ip.startsWith('fe80'));
}

function hasMac(mac: string | undefined): boolean {
  return Boolean(mac && !/^(00:){5}00$/.test(mac));
}

function compact(nic: NetworkInterface): NetworkInterface {
  const result: NetworkInterface = { name: nic.name };
  if (nic.mac) result.mac = nic.mac;
  if (nic.addresses) result.addresses = nic.addresses;
  if (nic.rxBytes !== undefined) result.rxBytes = Math.round(nic.rxBytes);
  if (nic.txBytes !== undefined) result.txBytes = Math.round(nic.txBytes);

  return result;
}
