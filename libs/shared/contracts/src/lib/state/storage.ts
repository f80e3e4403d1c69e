import { EpochSeconds, IsoTime } from './common';

/** A storage of a node (shared storage once, with the nodes that see it). Bytes. */
export interface Storage {
  id: string;
  storage: string;
  name: string;
  node: string;
  instance: string;
  nodes?: string[];
  nodeIds?: string[];
  nodeCount?: number;
  type: string;
  status: string;
  total: number;
  used: number;
  avail: number;
  free: number;
  /** Percent 0–100. */
  usage: number;
  content: string;
  shared: boolean;
  enabled: boolean;
  active: boolean;
}

export interface ZfsDevice {
  name: string;
  type: string;
  state: string;
  readErrors: number;
  writeErrors: number;
  checksumErrors: number;
  message?: string;
}

export interface ZfsPool {
  name: string;
  state: string;
  status: string;
  scan: string;
  readErrors: number;
  writeErrors: number;
  checksumErrors: number;
  devices: ZfsDevice[];
}

/** `GET /api/storage/:id`: the raw storage with its ZFS pool, without `storage`/`avail`. */
export type StorageDetail = Omit<Storage, 'storage' | 'avail'> & { zfsPool?: ZfsPool };

export interface CephPool {
  id: number;
  name: string;
  storedBytes: number;
  availableBytes: number;
  objects: number;
  percentUsed: number;
}

export interface CephService {
  type: string;
  running: number;
  total: number;
  message?: string;
}

export interface CephCluster {
  id: string;
  instance: string;
  name: string;
  fsid?: string;
  health: string;
  healthMessage?: string;
  totalBytes: number;
  usedBytes: number;
  availableBytes: number;
  usagePercent: number;
  numMons: number;
  numMgrs: number;
  numOsds: number;
  numOsdsUp: number;
  numOsdsIn: number;
  numPGs: number;
  pools?: CephPool[];
  services?: CephService[];
  /** When Pulse read the cluster, in epoch seconds as API.md's `/api/state` example shows. */
  lastUpdated: EpochSeconds;
}

export interface PhysicalDisk {
  id: string;
  node: string;
  instance: string;
  devPath: string;
  model: string;
  serial: string;
  /** `nvme`, `sata`, `sas`, … */
  type: string;
  size: number;
  /** `PASSED`, `FAILED` or `UNKNOWN`. */
  health: string;
  /** 0–100, −1 when unknown. */
  wearout: number;
  temperature: number;
  rpm: number;
  used: string;
  lastChecked: IsoTime;
}
