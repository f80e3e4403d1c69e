export type PveGuestType = 'qemu' | 'lxc';

/** `GET /cluster/resources` entry (any type). Counters are cumulative bytes since guest start. */
export interface PveClusterResource {
  id: string;
  type: string;
  node?: string;
  status?: string;
  name?: string;
  vmid?: number;
  cpu?: number;
  maxcpu?: number;
  mem?: number;
  maxmem?: number;
  disk?: number;
  maxdisk?: number;
  netin?: number;
  netout?: number;
  diskread?: number;
  diskwrite?: number;
  uptime?: number;
  template?: boolean;
  tags: string[];
  pool?: string;
  hastate?: string;
  lock?: string;
  storage?: string;
  plugintype?: string;
  content?: string;
  shared?: boolean;
}

/** `GET /nodes/{node}/qemu` and `/lxc` entry. */
export interface PveGuest {
  vmid: number;
  name?: string;
  status: string;
  cpu?: number;
  cpus?: number;
  mem?: number;
  maxmem?: number;
  disk?: number;
  maxdisk?: number;
  netin?: number;
  netout?: number;
  diskread?: number;
  diskwrite?: number;
  uptime?: number;
  template?: boolean;
  tags: string[];
  lock?: string;
  /** QEMU: guest agent enabled in the VM config. */
  agent?: boolean;
  swap?: number;
  maxswap?: number;
}

export interface PveBalloonInfo {
  actual?: number;
  maxMem?: number;
  freeMem?: number;
  totalMem?: number;
}

export interface PveGuestMemInfo {
  total?: number;
  used?: number;
  free?: number;
  available?: number;
  buffers?: number;
  cached?: number;
  shared?: number;
}

/** `GET /nodes/{node}/qemu/{vmid}/status/current`. */
export interface PveQemuStatus {
  status: string;
  qmpstatus?: string;
  name?: string;
  agent?: boolean;
  cpu?: number;
  cpus?: number;
  mem?: number;
  maxmem?: number;
  balloon?: number;
  balloonMin?: number;
  freemem?: number;
  meminfo?: PveGuestMemInfo;
  ballooninfo?: PveBalloonInfo;
  disk?: number;
  maxdisk?: number;
  diskread?: number;
  diskwrite?: number;
  netin?: number;
  netout?: number;
  uptime?: number;
  lock?: string;
  template?: boolean;
}

export interface PveLxcNetwork {
  name?: string;
  hwaddr?: string;
  ip?: string;
  ip6?: string;
}

/** `GET /nodes/{node}/lxc/{vmid}/status/current`; the network/disk extras are optional. */
export interface PveLxcStatus {
  status: string;
  name?: string;
  cpu?: number;
  cpus?: number;
  mem?: number;
  maxmem?: number;
  swap?: number;
  maxswap?: number;
  disk?: number;
  maxdisk?: number;
  diskread?: number;
  diskwrite?: number;
  netin?: number;
  netout?: number;
  uptime?: number;
  lock?: string;
  template?: boolean;
  ip?: string;
  ip6?: string;
  rootfs?: string;
  network: Record<string, PveLxcNetwork>;
  diskinfo: Record<string, { total?: number; used?: number }>;
}

/** Guest config as key → raw value text (`net0`, `rootfs`, `memory`, ...). */
export type PveGuestConfig = Record<string, string>;

export interface PveIpAddress {
  address: string;
  type?: string;
  prefix?: number;
}

/** `GET /nodes/{node}/lxc/{vmid}/interfaces` entry. */
export interface PveLxcInterface {
  name: string;
  hwaddr?: string;
  inet?: string;
  inet6?: string;
  ipAddresses: PveIpAddress[];
}

/** `GET .../snapshot` entry; the pseudo snapshot `current` is left out. */
export interface PveSnapshot {
  name: string;
  description?: string;
  snaptime?: number;
  parent?: string;
  vmstate?: boolean;
}
