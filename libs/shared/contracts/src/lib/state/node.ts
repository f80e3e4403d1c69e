import { Disk, EpochMs, IsoTime, Memory } from './common';

export interface CpuInfo {
  model: string;
  cores: number;
  sockets: number;
  mhz: string;
}

export interface Temperature {
  cpuPackage?: number;
  cpuMax?: number;
  cpuMin?: number;
  cpuMaxRecord?: number;
  minRecorded: IsoTime;
  maxRecorded: IsoTime;
  cores?: { core: number; temp: number }[];
  gpu?: { device: string; edge?: number; junction?: number; mem?: number }[];
  nvme?: { device: string; temp: number }[];
  available: boolean;
  hasCPU: boolean;
  hasGPU: boolean;
  hasNVMe: boolean;
  lastUpdate: IsoTime;
}

/** A Proxmox VE node. Id `<instance>-<node>`. */
export interface Node {
  id: string;
  node: string;
  name: string;
  displayName: string;
  instance: string;
  host?: string;
  /** `online`, `offline` or `unknown`. */
  status: string;
  type: 'node';
  /** Fraction 0–1. */
  cpu: number;
  memory?: Memory;
  mem: number;
  maxmem: number;
  disk?: Disk;
  maxdisk: number;
  /** Seconds. */
  uptime: number;
  loadAverage: number[] | null;
  kernelVersion: string;
  pveVersion: string;
  cpuInfo: CpuInfo;
  temperature?: Temperature;
  lastSeen: EpochMs;
  /** `healthy`, `degraded` or `error`. */
  connectionHealth: string;
  isClusterMember?: boolean;
  clusterName?: string;
  temperatureMonitoringEnabled?: boolean;
}
