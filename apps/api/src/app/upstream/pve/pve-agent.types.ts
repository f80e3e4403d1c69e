import { PveIpAddress } from './pve-guests.types';

export interface PveAgentDisk {
  dev?: string;
  serial?: string;
  busType?: string;
  target?: number;
}

/** `agent/get-fsinfo` entry; sizes in bytes. */
export interface PveAgentFilesystem {
  name?: string;
  type?: string;
  mountpoint?: string;
  totalBytes?: number;
  usedBytes?: number;
  disks: PveAgentDisk[];
}

/** `agent/network-get-interfaces` entry. */
export interface PveAgentInterface {
  name: string;
  hardwareAddress?: string;
  ipAddresses: PveIpAddress[];
  rxBytes?: number;
  txBytes?: number;
}

/** `agent/get-osinfo`. */
export interface PveAgentOsInfo {
  id?: string;
  name?: string;
  prettyName?: string;
  version?: string;
  versionId?: string;
  kernelRelease?: string;
  kernelVersion?: string;
  machine?: string;
}

/** `agent/info`: the agent's own version. */
export interface PveAgentInfo {
  version?: string;
}
