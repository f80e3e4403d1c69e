import {
  bool,
  decodeList,
  decodeObject,
  Decoder,
  from,
  int,
  listOf,
  num,
  recordOf,
  Shape,
  str,
  text,
} from '../decode/shape';
import { isRecord, toStr } from '../decode/values';
import {
  PveCephDaemon,
  PveCephHealthCheck,
  PveCephPool,
  PveCephStatus,
  PveDisk,
  PveSmart,
  PveSmartAttribute,
  PveZfsDevice,
  PveZfsPool,
  PveZfsPoolDetail,
} from './pve-disks.types';

export const diskShape: Shape<PveDisk> = {
  devpath: text,
  model: str,
  serial: str,
  type: str,
  health: str,
  wearout: num,
  size: num,
  rpm: num,
  used: str,
  vendor: str,
  wwn: str,
  gpt: bool,
};

const smartAttributeShape: Shape<PveSmartAttribute> = {
  id: str,
  name: text,
  value: num,
  worst: num,
  threshold: num,
  raw: str,
  flags: str,
  fail: str,
};

export const smartShape: Shape<PveSmart> = {
  health: str,
  type: str,
  text: str,
  attributes: listOf(smartAttributeShape),
};

export const zfsPoolShape: Shape<PveZfsPool> = {
  name: text,
  health: str,
  size: num,
  alloc: num,
  free: num,
  frag: num,
  dedup: num,
};

const zfsDevices: Decoder<PveZfsDevice[]> = (raw) =>
  Array.isArray(raw) ? decodeList(raw, zfsDeviceShape) : [];

const zfsDeviceShape: Shape<PveZfsDevice> = {
  name: text,
  state: str,
  read: num,
  write: num,
  cksum: num,
  msg: str,
  leaf: bool,
  children: (raw) => zfsDevices(raw),
};

export const zfsDetailShape: Shape<PveZfsPoolDetail> = {
  name: text,
  state: str,
  status: str,
  action: str,
  scan: str,
  errors: str,
  children: zfsDevices,
};

export const cephPoolShape: Shape<PveCephPool> = {
  name: from(['pool_name', 'name'], text),
  id: from('pool', int),
  size: int,
  minSize: from('min_size', int),
  pgNum: from('pg_num', int),
  bytesUsed: from('bytes_used', num),
  percentUsed: from('percent_used', num),
  crushRule: from(['crush_rule_name', 'crush_rule'], str),
  type: str,
};

const daemonShape: Shape<PveCephDaemon> = { hostname: str, status: str };

function decodeCheck(raw: unknown): PveCephHealthCheck {
  const check = isRecord(raw) ? raw : {};
  const summary = isRecord(check['summary']) ? check['summary']['message'] : check['summary'];
  const details = Array.isArray(check['detail']) ? check['detail'] : [];

  return {
    severity: toStr(check['severity']),
    summary: toStr(summary),
    details: details.map((d) => toStr(isRecord(d) ? d['message'] : d) ?? '').filter(Boolean),
  };
}

function decodeServices(raw: unknown): Record<string, Record<string, PveCephDaemon>> {
  const services = isRecord(raw) && isRecord(raw['services']) ? raw['services'] : {};
  const result: Record<string, Record<string, PveCephDaemon>> = {};
  for (const [service, entry] of Object.entries(services)) {
    const daemons = isRecord(entry) && isRecord(entry['daemons']) ? entry['daemons'] : {};
    result[service] = {};
    for (const [name, daemon] of Object.entries(daemons)) {
      if (isRecord(daemon)) {
        result[service][name] = decodeObject(daemon, daemonShape);
      }
    }
  }

  return result;
}

/** Older Ceph nests the OSD counters one level deeper (`osdmap.osdmap`). */
function decodeOsdMap(raw: unknown): PveCephStatus['osdmap'] {
  const outer = isRecord(raw) ? raw : {};
  const map = isRecord(outer['osdmap']) ? outer['osdmap'] : outer;

  return decodeObject(map, {
    numOsds: from('num_osds', int),
    numUpOsds: from('num_up_osds', int),
    numInOsds: from('num_in_osds', int),
  });
}

export function decodeCephStatus(data: unknown): PveCephStatus {
  const status = decodeObject(data, { fsid: str });
  const raw = data as Record<string, unknown>;
  const health = isRecord(raw['health']) ? raw['health'] : {};

  return {
    ...status,
    health: {
      status: toStr(health['status']),
      checks: recordOf(decodeCheck)(health['checks']),
      summary: listOf({ severity: str, summary: str, message: str })(health['summary']),
    },
    osdmap: decodeOsdMap(raw['osdmap']),
    pgmap: decodeObject(isRecord(raw['pgmap']) ? raw['pgmap'] : {}, {
      numPgs: from('num_pgs', int),
      bytesTotal: from('bytes_total', num),
      bytesUsed: from('bytes_used', num),
      bytesAvail: from('bytes_avail', num),
      dataBytes: from('data_bytes', num),
      degradedRatio: from('degraded_ratio', num),
    }),
    services: decodeServices(raw['servicemap']),
  };
}
