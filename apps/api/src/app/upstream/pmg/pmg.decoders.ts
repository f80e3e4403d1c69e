import {
  bool,
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
import { isRecord, toNumber, toStr } from '../decode/values';
import {
  PmgBackup,
  PmgClusterNode,
  PmgMailCountPoint,
  PmgMailStatistics,
  PmgNodeStatus,
  PmgQshapeRow,
  PmgQuarantineStatus,
  PmgSpamScore,
} from './pmg.types';

const directionCounts = {
  countIn: from('count_in', num),
  countOut: from('count_out', num),
  spamcountIn: from('spamcount_in', num),
  spamcountOut: from('spamcount_out', num),
  viruscountIn: from('viruscount_in', num),
  viruscountOut: from('viruscount_out', num),
  bouncesIn: from('bounces_in', num),
  bouncesOut: from('bounces_out', num),
  rblRejects: from('rbl_rejects', num),
  pregreetRejects: from('pregreet_rejects', num),
  glcount: num,
};

export const mailStatisticsShape: Shape<PmgMailStatistics> = {
  ...directionCounts,
  count: num,
  bytesIn: from('bytes_in', num),
  bytesOut: from('bytes_out', num),
  junkIn: from('junk_in', num),
  junkOut: from('junk_out', num),
  spfcount: num,
  avptime: num,
};

export const mailCountShape: Shape<PmgMailCountPoint> = {
  ...directionCounts,
  index: int,
  time: (raw) => int(raw) ?? 0,
  count: num,
};

export const spamScoreShape: Shape<PmgSpamScore> = { level: text, count: num, ratio: num };

export const quarantineShape: Shape<PmgQuarantineStatus> = {
  count: num,
  avgbytes: num,
  avgspam: num,
  mbytes: num,
};

export const clusterNodeShape: Shape<PmgClusterNode> = {
  cid: int,
  name: text,
  type: str,
  ip: str,
  fingerprint: str,
};

const memoryShape = { total: num, used: num, free: num };

export const nodeStatusShape: Shape<PmgNodeStatus> = {
  cpu: num,
  wait: num,
  uptime: num,
  loadavg: numberList,
  memory: optionalObject(memoryShape),
  swap: optionalObject(memoryShape),
  rootfs: optionalObject({ ...memoryShape, avail: num }),
  insync: bool,
};

export const backupShape: Shape<PmgBackup> = { filename: text, size: num, timestamp: int };

export function decodeQshape(data: unknown): PmgQshapeRow[] {
  if (!Array.isArray(data)) {
    throw new DecodeError('expected a list of qshape rows');
  }

  return data.filter(isRecord).map((row) => {
    const buckets: Record<string, number> = {};
    for (const [label, value] of Object.entries(row)) {
      const count = toNumber(value);
      if (label !== 'domain' && label !== 'total' && count !== undefined) {
        buckets[label] = count;
      }
    }

    return { domain: toStr(row['domain']) ?? '', total: toNumber(row['total']), buckets };
  });
}
