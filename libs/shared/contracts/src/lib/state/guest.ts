import { Disk, EpochMs, Memory, NetworkInterface } from './common';

/** Fields shared by VMs and containers. Rates in bytes per second. */
export interface GuestBase {
  /** `<instance>-<node>-<vmid>`, or `<node>-<vmid>` when the instance is named as the node. */
  id: string;
  vmid: number;
  name: string;
  node: string;
  instance: string;
  /** `running`, `stopped`, `paused`, … */
  status: string;
  /** Fraction 0–1 of the guest's own CPUs. */
  cpu: number;
  cpus: number;
  memory?: Memory;
  mem: number;
  maxmem: number;
  disk?: Disk;
  disks?: Disk[];
  networkInterfaces?: NetworkInterface[];
  ipAddresses?: string[];
  networkIn: number;
  networkOut: number;
  diskRead: number;
  diskWrite: number;
  /** Seconds. */
  uptime: number;
  template: boolean;
  lastBackup?: EpochMs;
  /** Comma-joined tags (a string, as the original sends it). */
  tags?: string;
  lock?: string;
  lastSeen: EpochMs;
}

export interface VM extends GuestBase {
  type: 'qemu';
  diskStatusReason?: string;
  osName?: string;
  osVersion?: string;
  agentVersion?: string;
}

export interface Container extends GuestBase {
  type: 'lxc';
}
