import {
  bool,
  decodeList,
  from,
  int,
  intOr0,
  num,
  optionalObject,
  recordOf,
  Shape,
  splitList,
  str,
  text,
} from '../decode/shape';
import {
  PveBalloonInfo,
  PveClusterResource,
  PveGuest,
  PveGuestMemInfo,
  PveIpAddress,
  PveLxcInterface,
  PveLxcNetwork,
  PveLxcStatus,
  PveQemuStatus,
  PveSnapshot,
} from './pve-guests.types';

const counters = {
  cpu: num,
  mem: num,
  maxmem: num,
  disk: num,
  maxdisk: num,
  netin: num,
  netout: num,
  diskread: num,
  diskwrite: num,
  uptime: num,
};

export const clusterResourceShape: Shape<PveClusterResource> = {
  ...counters,
  id: text,
  type: text,
  node: str,
  status: str,
  name: str,
  vmid: int,
  maxcpu: num,
  template: bool,
  tags: splitList,
  pool: str,
  hastate: str,
  lock: str,
  storage: str,
  plugintype: str,
  content: str,
  shared: bool,
};

export const guestShape: Shape<PveGuest> = {
  ...counters,
  vmid: intOr0,
  name: str,
  status: (raw) => str(raw) ?? 'unknown',
  cpus: num,
  template: bool,
  tags: splitList,
  lock: str,
  agent: bool,
  swap: num,
  maxswap: num,
};

const memInfoShape: Shape<PveGuestMemInfo> = {
  total: num,
  used: num,
  free: num,
  available: num,
  buffers: num,
  cached: num,
  shared: num,
};

const balloonInfoShape: Shape<PveBalloonInfo> = {
  actual: num,
  maxMem: from('max_mem', num),
  freeMem: from('free_mem', num),
  totalMem: from('total_mem', num),
};

export const qemuStatusShape: Shape<PveQemuStatus> = {
  ...counters,
  status: (raw) => str(raw) ?? 'unknown',
  qmpstatus: str,
  name: str,
  agent: bool,
  cpus: num,
  balloon: num,
  balloonMin: from('balloon_min', num),
  freemem: num,
  meminfo: optionalObject(memInfoShape),
  ballooninfo: optionalObject(balloonInfoShape),
  lock: str,
  template: bool,
};

const lxcNetworkShape: Shape<PveLxcNetwork> = {
  name: str,
  hwaddr: str,
  ip: from(['ip', 'ipv4'], str),
  ip6: from(['ip6', 'ipv6'], str),
};

const diskInfoShape = { total: num, used: num };

export const lxcStatusShape: Shape<PveLxcStatus> = {
  ...counters,
  status: (raw) => str(raw) ?? 'unknown',
  name: str,
  cpus: num,
  swap: num,
  maxswap: num,
  lock: str,
  template: bool,
  ip: from(['ip', 'ipv4'], str),
  ip6: from(['ip6', 'ipv6'], str),
  rootfs: str,
  network: recordOf((raw) => optionalObject(lxcNetworkShape)(raw) ?? {}),
  diskinfo: recordOf((raw) => optionalObject(diskInfoShape)(raw) ?? {}),
};

const ipAddressShape: Shape<PveIpAddress> = {
  address: from('ip-address', text),
  type: from('ip-address-type', str),
  prefix: int,
};

export const lxcInterfaceShape: Shape<PveLxcInterface> = {
  name: text,
  hwaddr: str,
  inet: str,
  inet6: str,
  ipAddresses: from('ip-addresses', (raw) =>
    Array.isArray(raw) ? decodeList(raw, ipAddressShape) : [],
  ),
};

export const snapshotShape: Shape<PveSnapshot> = {
  name: text,
  description: str,
  snaptime: int,
  parent: str,
  vmstate: bool,
};

export function decodeSnapshots(data: unknown): PveSnapshot[] {
  return decodeList(data, snapshotShape).filter((snapshot) => snapshot.name !== 'current');
}
