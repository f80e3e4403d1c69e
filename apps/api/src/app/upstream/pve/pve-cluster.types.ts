/** `GET /cluster/status` row: one `cluster` row (clusters only) plus one `node` row per member. */
export interface PveClusterStatusItem {
  type: string;
  id?: string;
  name: string;
  ip?: string;
  local?: boolean;
  nodeid?: number;
  online?: boolean;
  level?: string;
  quorate?: boolean;
  nodes?: number;
  version?: number;
}

export interface PveClusterMember {
  name: string;
  ip?: string;
  nodeid?: number;
  online: boolean;
  local: boolean;
}

export interface PveClusterInfo {
  isCluster: boolean;
  clusterName?: string;
  quorate?: boolean;
  members: PveClusterMember[];
}

/** `GET /cluster/replication` entry: job configuration only. */
export interface PveReplicationJob {
  id: string;
  type?: string;
  guest?: number;
  jobnum?: number;
  source?: string;
  target?: string;
  schedule?: string;
  /** MB/s limit. */
  rate?: number;
  comment?: string;
  disabled?: boolean;
  removeJob?: string;
}

/** `GET /nodes/{node}/replication` entry: configuration plus run state. */
export interface PveReplicationState extends PveReplicationJob {
  lastSync?: number;
  lastTry?: number;
  nextSync?: number;
  duration?: number;
  failCount?: number;
  error?: string;
  state?: string;
}
