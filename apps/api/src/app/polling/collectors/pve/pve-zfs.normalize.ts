import type { ZfsDevice, ZfsPool } from '@pulse/contracts';

import type { PveStorageConfig, PveZfsDevice, PveZfsPoolDetail } from '../../../upstream';
import { bytes } from '../shared/units';

const HEALTHY_STATES = new Set(['ONLINE', 'SPARE', 'AVAIL', 'INUSE']);

/**
 * The pool behind a `zfspool` storage: its configured dataset's first path part (`rpool/data` →
 * `rpool`), else the storage name itself.
 */
export function poolNameOf(storage: string, config?: PveStorageConfig): string {
  return config?.pool?.split('/')[0] || storage;
}

/** A pool with only the devices that need attention (not healthy, or with errors). */
export function toZfsPool(detail: PveZfsPoolDetail): ZfsPool {
  const devices = flatten(detail.children).filter(needsAttention);
  const leaves = flatten(detail.children).filter((device) => device.type === 'disk');
  const sum = (pick: (device: ZfsDevice) => number) =>
    leaves.reduce((total, device) => total + pick(device), 0);

  return {
    name: detail.name,
    state: detail.state ?? 'UNKNOWN',
    status: detail.status ?? '',
    scan: detail.scan ?? '',
    readErrors: sum((device) => device.readErrors),
    writeErrors: sum((device) => device.writeErrors),
    checksumErrors: sum((device) => device.checksumErrors),
    devices,
  };
}

function flatten(children: readonly PveZfsDevice[]): ZfsDevice[] {
  return children.flatMap((child) => [toDevice(child), ...flatten(child.children)]);
}

function toDevice(device: PveZfsDevice): ZfsDevice {
  const leaf = device.leaf ?? device.children.length === 0;

  return {
    name: device.name,
    type: leaf ? 'disk' : vdevType(device.name),
    state: device.state ?? 'UNKNOWN',
    readErrors: bytes(device.read),
    writeErrors: bytes(device.write),
    checksumErrors: bytes(device.cksum),
    ...(device.msg ? { message: device.msg } : {}),
  };
}

/** `mirror-0` → `mirror`, `raidz2-1` → `raidz2`; names without a suffix are their own type. */
function vdevType(name: string): string {
  return name.replace(/-\d+$/, '');
}

function needsAttention(device: ZfsDevice): boolean {
  return (
    !HEALTHY_STATES.has(device.state.toUpperCase()) ||
    device.readErrors + device.writeErrors + device.checksumErrors > 0
  );
}
