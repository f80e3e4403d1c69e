import { IsoTime } from './common';

export interface PmgQueueStatus {
  active: number;
  deferred: number;
  hold: number;
  incoming: number;
  total: number;
  /** Seconds. */
  oldestAge: number;
  updatedAt: IsoTime;
}

export interface PmgNode {
  name: string;
  status: string;
  role?: string;
  uptime?: number;
  loadAvg?: string;
  queueStatus?: PmgQueueStatus;
}

export interface PmgMailStats {
  timeframe: string;
  countTotal: number;
  countIn: number;
  countOut: number;
  spamIn: number;
  spamOut: number;
  virusIn: number;
  virusOut: number;
  bouncesIn: number;
  bouncesOut: number;
  bytesIn: number;
  bytesOut: number;
  greylistCount: number;
  junkIn: number;
  averageProcessTimeMs: number;
  rblRejects: number;
  pregreetRejects: number;
  updatedAt: IsoTime;
}

export interface PmgMailCount {
  timestamp: IsoTime;
  count: number;
  countIn: number;
  countOut: number;
  spamIn: number;
  spamOut: number;
  virusIn: number;
  virusOut: number;
  rblRejects: number;
  pregreet: number;
  bouncesIn: number;
  bouncesOut: number;
  greylist: number;
  index: number;
  timeframe: string;
  windowStart?: IsoTime;
  windowEnd?: IsoTime;
}

export interface PmgQuarantine {
  spam: number;
  virus: number;
  attachment: number;
  blacklisted: number;
}

/** A Proxmox Mail Gateway. Id `pmg-<name>`. */
export interface PmgInstance {
  id: string;
  name: string;
  host: string;
  status: string;
  version: string;
  nodes?: PmgNode[];
  mailStats?: PmgMailStats;
  mailCount?: PmgMailCount[];
  spamDistribution?: { score: string; count: number }[];
  quarantine?: PmgQuarantine;
  connectionHealth: string;
  lastSeen: IsoTime;
  lastUpdated: IsoTime;
}
