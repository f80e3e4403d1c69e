import { decodeList, decodeObject, from, int, num, Shape, str, text } from '../decode/shape';
import { isRecord, toStr } from '../decode/values';
import { PveIpAddress } from './pve-guests.types';
import {
  PveAgentDisk,
  PveAgentFilesystem,
  PveAgentInfo,
  PveAgentInterface,
  PveAgentOsInfo,
} from './pve-agent.types';

const diskShape: Shape<PveAgentDisk> = {
  dev: str,
  serial: str,
  busType: from('bus-type', str),
  target: int,
};

const filesystemShape: Shape<PveAgentFilesystem> = {
  name: str,
  type: str,
  mountpoint: str,
  totalBytes: from('total-bytes', num),
  usedBytes: from('used-bytes', num),
  disks: from('disk', (raw) => (Array.isArray(raw) ? decodeList(raw, diskShape) : [])),
};

const ipShape: Shape<PveIpAddress> = {
  address: from('ip-address', text),
  type: from('ip-address-type', str),
  prefix: int,
};

const interfaceShape: Shape<PveAgentInterface> = {
  name: text,
  hardwareAddress: from('hardware-address', str),
  ipAddresses: from('ip-addresses', (raw) => (Array.isArray(raw) ? decodeList(raw, ipShape) : [])),
  rxBytes: from('statistics', (raw) => (isRecord(raw) ? num(raw['rx-bytes']) : undefined)),
  txBytes: from('statistics', (raw) => (isRecord(raw) ? num(raw['tx-bytes']) : undefined)),
};

const osInfoShape: Shape<PveAgentOsInfo> = {
  id: str,
  name: str,
  prettyName: from('pretty-name', str),
  version: str,
  versionId: from('version-id', str),
  kernelRelease: from('kernel-release', str),
  kernelVersion: from('kernel-version', str),
  machine: str,
};

/** The agent wraps every answer in `{result: ...}`. */
function result(data: unknown): unknown {
  return isRecord(data) ? data['result'] : undefined;
}

export function decodeFilesystems(data: unknown): PveAgentFilesystem[] {
  const list = result(data);

  return Array.isArray(list) ? decodeList(list, filesystemShape) : [];
}

export function decodeInterfaces(data: unknown): PveAgentInterface[] {
  const list = result(data);

  return Array.isArray(list) ? decodeList(list, interfaceShape) : [];
}

export function decodeOsInfo(data: unknown): PveAgentOsInfo {
  const info = result(data);

  return isRecord(info) ? decodeObject(info, osInfoShape) : {};
}

/** `version` may be a string or `{version}`; older agents report `qemu-ga` instead. */
export function decodeAgentInfo(data: unknown): PveAgentInfo {
  const info = result(data);
  if (!isRecord(info)) {
    return {};
  }
  const nested = isRecord(info['version']) ? info['version']['version'] : info['version'];
  const fallback = isRecord(info['qemu-ga']) ? info['qemu-ga']['version'] : info['qemu-ga'];

  return { version: toStr(nested) ?? toStr(fallback) };
}
