import {
  bool,
  decodeObject,
  Decoder,
  from,
  int,
  num,
  numberList,
  optionalObject,
  Shape,
  str,
  text,
} from '../decode/shape';
import { isRecord, toStr } from '../decode/values';
import {
  PbsDatastore,
  PbsDatastoreStatus,
  PbsDatastoreUsage,
  PbsFile,
  PbsGcStatus,
  PbsGroup,
  PbsJobStatus,
  PbsNamespace,
  PbsNodeStatus,
  PbsSnapshot,
  PbsSpace,
  PbsTask,
} from './pbs.types';

const spaceShape: Shape<PbsSpace> = { total: num, used: num, free: num, avail: num };

export const nodeStatusShape: Shape<PbsNodeStatus> = {
  cpu: num,
  wait: num,
  uptime: num,
  loadavg: numberList,
  kversion: str,
  memory: optionalObject(spaceShape),
  swap: optionalObject(spaceShape),
  root: optionalObject(spaceShape),
  cpuinfo: optionalObject({ model: str, cpus: int, sockets: int }),
};

export const datastoreShape: Shape<PbsDatastore> = {
  store: from(['store', 'name'], text),
  comment: str,
  maintenance: str,
  mountStatus: from('mount-status', str),
};

export const gcStatusShape: Shape<PbsGcStatus> = {
  upid: str,
  indexFileCount: from('index-file-count', int),
  indexDataBytes: from('index-data-bytes', num),
  diskBytes: from('disk-bytes', num),
  diskChunks: from('disk-chunks', int),
  removedBytes: from('removed-bytes', num),
  removedChunks: from('removed-chunks', int),
  pendingBytes: from('pending-bytes', num),
  pendingChunks: from('pending-chunks', int),
  removedBad: from('removed-bad', int),
  stillBad: from('still-bad', int),
};

export const datastoreStatusShape: Shape<PbsDatastoreStatus> = {
  total: from(['total', 'total-space'], num),
  used: from(['used', 'used-space'], num),
  avail: from(['avail', 'avail-space'], num),
  gcStatus: from('gc-status', optionalObject(gcStatusShape)),
};

export const datastoreUsageShape: Shape<PbsDatastoreUsage> = {
  store: text,
  total: num,
  used: num,
  avail: num,
  estimatedFullDate: from('estimated-full-date', num),
  error: str,
  mountStatus: from('mount-status', str),
  gcStatus: from('gc-status', optionalObject(gcStatusShape)),
};

export const namespaceShape: Shape<PbsNamespace> = { ns: text, comment: str };

const fileNames: Decoder<string[]> = (raw) =>
  Array.isArray(raw)
    ? raw.map((file) => toStr(isRecord(file) ? file['filename'] : file) ?? '').filter(Boolean)
    : [];

export const groupShape: Shape<PbsGroup> = {
  backupType: from('backup-type', text),
  backupId: from('backup-id', text),
  lastBackup: from('last-backup', int),
  backupCount: from('backup-count', int),
  owner: str,
  comment: str,
  files: fileNames,
};

const fileShape: Shape<PbsFile> = {
  filename: text,
  size: num,
  cryptMode: from('crypt-mode', str),
};

/** Files come as names (old PBS) or as `{filename, size, crypt-mode}` objects. */
const files: Decoder<PbsFile[]> = (raw) =>
  Array.isArray(raw)
    ? raw.map((file) =>
        isRecord(file) ? decodeObject(file, fileShape) : { filename: toStr(file) ?? '' },
      )
    : [];

/** `verification` is `{state, upid}` on current PBS and a bare state string on some old ones. */
const verification: Decoder<PbsSnapshot['verification']> = (raw) => {
  if (isRecord(raw)) return { state: toStr(raw['state']), upid: toStr(raw['upid']) };
  const state = toStr(raw);

  return state ? { state } : undefined;
};

export const snapshotShape: Shape<PbsSnapshot> = {
  backupType: from('backup-type', text),
  backupId: from('backup-id', text),
  backupTime: from('backup-time', (raw) => int(raw) ?? 0),
  size: num,
  protected: bool,
  comment: str,
  owner: str,
  fingerprint: str,
  files,
  verification,
};

export const taskShape: Shape<PbsTask> = {
  upid: text,
  node: str,
  pid: int,
  pstart: int,
  starttime: int,
  endtime: int,
  workerType: from('worker_type', str),
  workerId: from('worker_id', str),
  user: str,
  status: str,
};

export const jobStatusShape: Shape<PbsJobStatus> = {
  id: from(['id', 'store'], text),
  store: str,
  ns: str,
  schedule: str,
  comment: str,
  disabled: from('disable', bool),
  remote: str,
  remoteStore: from('remote-store', str),
  lastRunUpid: from('last-run-upid', str),
  lastRunState: from('last-run-state', str),
  lastRunEndtime: from('last-run-endtime', int),
  nextRun: from('next-run', int),
};

/** Logical bytes referenced by the indexes divided by bytes on disk (only when both are known). */
export function dedupFactor(gc: PbsGcStatus | undefined): number | undefined {
  const logical = gc?.indexDataBytes ?? 0;
  const physical = gc?.diskBytes ?? 0;

  return logical > 0 && physical > 0 ? logical / physical : undefined;
}
