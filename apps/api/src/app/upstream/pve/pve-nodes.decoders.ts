import {
  DecodeError,
  from,
  int,
  num,
  numberList,
  optionalObject,
  Shape,
  str,
  text,
} from '../decode/shape';
import { isRecord, toNumber } from '../decode/values';
import {
  PveCpuInfo,
  PveMemoryInfo,
  PveNode,
  PveNodeStatus,
  PveRrdPoint,
  PveSpaceInfo,
  PveTask,
  PveTaskStatus,
} from './pve-nodes.types';

export const nodeShape: Shape<PveNode> = {
  node: text,
  status: (raw) => str(raw) ?? 'unknown',
  cpu: num,
  maxcpu: int,
  mem: num,
  maxmem: num,
  disk: num,
  maxdisk: num,
  uptime: num,
  level: str,
  sslFingerprint: from('ssl_fingerprint', str),
};

const memoryShape: Shape<PveMemoryInfo> = {
  total: num,
  used: num,
  free: num,
  available: num,
  avail: num,
  buffers: num,
  cached: num,
  shared: num,
};

export const spaceShape: Shape<PveSpaceInfo> = { total: num, used: num, free: num, avail: num };

const cpuInfoShape: Shape<PveCpuInfo> = {
  model: str,
  cores: int,
  cpus: int,
  sockets: int,
  mhz: str,
};

export const nodeStatusShape: Shape<PveNodeStatus> = {
  cpu: num,
  wait: num,
  idle: num,
  uptime: num,
  loadavg: numberList,
  kversion: str,
  pveversion: str,
  cpuinfo: optionalObject(cpuInfoShape),
  memory: optionalObject(memoryShape),
  swap: optionalObject(spaceShape),
  rootfs: optionalObject(spaceShape),
};

export const taskShape: Shape<PveTask> = {
  upid: text,
  node: str,
  pid: int,
  pstart: int,
  starttime: int,
  endtime: int,
  type: str,
  id: str,
  user: str,
  status: str,
};

export const taskStatusShape: Shape<PveTaskStatus> = {
  upid: text,
  status: text,
  exitstatus: str,
  type: str,
  id: str,
  user: str,
  node: str,
  starttime: int,
  pid: int,
};

/** RRD rows; samples without a time are dropped and non-numeric columns ignored. */
export function decodeRrd(data: unknown): PveRrdPoint[] {
  if (!Array.isArray(data)) {
    throw new DecodeError('expected a list of RRD samples');
  }

  return data.filter(isRecord).flatMap((row) => {
    const time = toNumber(row['time']);
    if (time === undefined) {
      return [];
    }
    const point: PveRrdPoint = { time };
    for (const [column, value] of Object.entries(row)) {
      const parsed = toNumber(value);
      if (parsed !== undefined && column !== 'time') {
        point[column] = parsed;
      }
    }

    return [point];
  });
}
