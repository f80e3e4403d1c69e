import { ProductVersion } from '../decode/product-version';

export type PmgVersion = ProductVersion;

/** Window for the statistics calls (epoch seconds); PMG defaults to the last 24 h. */
export interface PmgTimeWindow {
  starttime?: number;
  endtime?: number;
}

/** `GET /statistics/mail`: totals over the window. `avptime` is seconds per mail. */
export interface PmgMailStatistics {
  count?: number;
  countIn?: number;
  countOut?: number;
  spamcountIn?: number;
  spamcountOut?: number;
  viruscountIn?: number;
  viruscountOut?: number;
  bouncesIn?: number;
  bouncesOut?: number;
  bytesIn?: number;
  bytesOut?: number;
  glcount?: number;
  junkIn?: number;
  junkOut?: number;
  rblRejects?: number;
  pregreetRejects?: number;
  spfcount?: number;
  avptime?: number;
}

/** `GET /statistics/mailcount` bucket; `time` is the bucket start (epoch s). */
export interface PmgMailCountPoint {
  index?: number;
  time: number;
  count?: number;
  countIn?: number;
  countOut?: number;
  spamcountIn?: number;
  spamcountOut?: number;
  viruscountIn?: number;
  viruscountOut?: number;
  bouncesIn?: number;
  bouncesOut?: number;
  rblRejects?: number;
  pregreetRejects?: number;
  glcount?: number;
}

/** `GET /statistics/spamscores` entry. */
export interface PmgSpamScore {
  level: string;
  count?: number;
  ratio?: number;
}

/** `GET /quarantine/spamstatus` and `/quarantine/virusstatus`. */
export interface PmgQuarantineStatus {
  count?: number;
  avgbytes?: number;
  avgspam?: number;
  mbytes?: number;
}

/** `GET /config/cluster/status` entry. */
export interface PmgClusterNode {
  cid?: number;
  name: string;
  type?: string;
  ip?: string;
  fingerprint?: string;
}

/** `GET /nodes/{node}/status` (subset); `cpu` is a 0..1 fraction. */
export interface PmgNodeStatus {
  cpu?: number;
  wait?: number;
  uptime?: number;
  loadavg: number[];
  memory?: { total?: number; used?: number; free?: number };
  swap?: { total?: number; used?: number; free?: number };
  rootfs?: { total?: number; used?: number; avail?: number; free?: number };
  insync?: boolean;
}

export type PmgQueueName = 'active' | 'deferred' | 'hold' | 'incoming';

export type PmgQueueCounts = Record<PmgQueueName, number>;

/** `GET /nodes/{node}/postfix/qshape` row: mails per age bucket for one domain (or `TOTAL`). */
export interface PmgQshapeRow {
  domain: string;
  total?: number;
  /** Bucket label (`5m`, `10m`, ..., `1280m+`, or `...s` on older PMG) → mail count. */
  buckets: Record<string, number>;
}

/** `GET /nodes/{node}/backup` entry (configuration backups). */
export interface PmgBackup {
  filename: string;
  size?: number;
  timestamp?: number;
}
