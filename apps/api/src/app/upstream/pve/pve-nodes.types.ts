import { ProductVersion } from '../decode/product-version';

export type PveVersion = ProductVersion;

/** `GET /nodes` entry. `cpu` is a 0..1 fraction, memory and disk in bytes, uptime in seconds. */
export interface PveNode {
  node: string;
  status: string;
  cpu?: number;
  maxcpu?: number;
  mem?: number;
  maxmem?: number;
  disk?: number;
  maxdisk?: number;
  uptime?: number;
  level?: string;
  sslFingerprint?: string;
}

export interface PveMemoryInfo {
  total?: number;
  used?: number;
  free?: number;
  available?: number;
  avail?: number;
  buffers?: number;
  cached?: number;
  shared?: number;
}

export interface PveSpaceInfo {
  total?: number;
  used?: number;
  free?: number;
  avail?: number;
}

export interface PveCpuInfo {
  model?: string;
  cores?: number;
  cpus?: number;
  sockets?: number;
  /** As PVE sends it, e.g. `"2400.000"`; the state shows this text unchanged. */
  mhz?: string;
}

/** `GET /nodes/{node}/status`. */
export interface PveNodeStatus {
  cpu?: number;
  wait?: number;
  idle?: number;
  uptime?: number;
  loadavg: number[];
  kversion?: string;
  pveversion?: string;
  cpuinfo?: PveCpuInfo;
  memory?: PveMemoryInfo;
  swap?: PveSpaceInfo;
  rootfs?: PveSpaceInfo;
}

/** One RRD sample: `time` (epoch s) plus whatever columns the series has (NaN samples left out). */
export interface PveRrdPoint {
  time: number;
  [column: string]: number;
}

export type PveRrdTimeframe = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

export interface PveRrdQuery {
  timeframe?: PveRrdTimeframe;
  cf?: 'AVERAGE' | 'MAX';
}

/** `GET /nodes/{node}/tasks` entry; `status` is absent while the task runs. */
export interface PveTask {
  upid: string;
  node?: string;
  pid?: number;
  pstart?: number;
  starttime?: number;
  endtime?: number;
  type?: string;
  id?: string;
  user?: string;
  status?: string;
}

export interface PveTaskQuery {
  typefilter?: string;
  vmid?: number;
  limit?: number;
  start?: number;
  since?: number;
  errors?: boolean;
  source?: 'archive' | 'active' | 'all';
}

/** `GET /nodes/{node}/tasks/{upid}/status`. */
export interface PveTaskStatus {
  upid: string;
  status: string;
  exitstatus?: string;
  type?: string;
  id?: string;
  user?: string;
  node?: string;
  starttime?: number;
  pid?: number;
}
