export type GuestType = 'qemu' | 'lxc';
export type GuestStatus = 'running' | 'stopped';
/** Guest agent: not configured, configured and answering, configured but not running. */
export type AgentState = 'none' | 'running' | 'down';

export interface FsTemplate {
  name: string;
  type: string;
  mountpoint: string;
  /** Share of the guest disk, or a fixed byte size when > 1. */
  size: number;
  fill: number;
}

export interface OsProfile {
  key: string;
  family: 'linux' | 'windows';
  id: string;
  name: string;
  prettyName: string;
  /** Absent on some distributions (Alpine), which exercises client fallbacks. */
  version?: string;
  versionId: string;
  kernel: string;
  ostype: string;
  filesystems: FsTemplate[];
}

export interface Snapshot {
  name: string;
  description: string;
  snaptime: number;
  vmstate: boolean;
  parent?: string;
}

export interface Counters {
  netin: number;
  netout: number;
  diskread: number;
  diskwrite: number;
}

export interface Guest {
  vmid: number;
  type: GuestType;
  name: string;
  node: string;
  status: GuestStatus;
  template: boolean;
  tags: string[];
  os: OsProfile;
  maxcpu: number;
  maxmem: number;
  maxdisk: number;
  maxswap: number;
  balloonMin: number;
  balloonDriver: boolean;
  agent: AgentState;
  storage: string;
  cpu: number;
  cpuTarget: number;
  mem: number;
  memTarget: number;
  swap: number;
  diskUsed: number;
  counters: Counters;
  rates: Counters;
  startedAt: number;
  pid: number;
  mac: string;
  ipv4: string;
  ipv6?: string;
  dhcp: boolean;
  snapshots: Snapshot[];
  haManaged: boolean;
}

export interface PhysicalDisk {
  devpath: string;
  model: string;
  serial: string;
  type: 'nvme' | 'ssd' | 'hdd';
  health: string;
  wearout: number | string;
  size: number;
  rpm: number;
  used: string;
  vendor: string;
  wwn: string;
}

export interface ZfsDevice {
  name: string;
  state: string;
  read: number;
  write: number;
  cksum: number;
  msg?: string;
  children?: ZfsDevice[];
}

export interface ZfsPool {
  name: string;
  size: number;
  alloc: number;
  frag: number;
  dedup: number;
  health: string;
  scan: string;
  status: string;
  action: string;
  errors: string;
  vdevs: ZfsDevice[];
}

export interface PveNode {
  name: string;
  ip: string;
  nodeid: number;
  pveVersion: string;
  zfs: boolean;
  scenarioOffline: boolean;
  maxcpu: number;
  sockets: number;
  cpuModel: string;
  mhz: string;
  maxmem: number;
  baseMem: number;
  swapTotal: number;
  swapUsed: number;
  rootTotal: number;
  rootUsed: number;
  localPoolSize: number;
  bootTime: number;
  cpu: number;
  memUsed: number;
  iowait: number;
  load: [number, number, number];
  disks: PhysicalDisk[];
  pools: ZfsPool[];
  osds: number;
  kernel: string;
}

export interface BackupVolume {
  storage: string;
  /** Set for node-local storages (dir), absent on shared ones. */
  node?: string;
  volid: string;
  vmid: number;
  guestType: GuestType;
  ctime: number;
  size: number;
  notes: string;
  protected: boolean;
  format: string;
}

export interface TaskEntry {
  upid: string;
  node: string;
  pid: number;
  pstart: number;
  starttime: number;
  endtime?: number;
  type: string;
  id: string;
  user: string;
  status?: string;
  log: string[];
}

export interface ReplicationJob {
  id: string;
  guest: number;
  jobnum: number;
  target: string;
  schedule: string;
  rate?: number;
  comment?: string;
  disable?: boolean;
  lastSync: number;
  duration: number;
  failCount: number;
  error?: string;
}

export interface StorageDef {
  storage: string;
  type: string;
  content: string[];
  shared: boolean;
  /** Only these nodes carry the storage; undefined = all. */
  nodes?: string[];
  config: Record<string, string | number>;
  total: number;
  baseUsed: number;
}
