/** The Proxmox products Pulse can monitor. */
export type NodeType = 'pve' | 'pbs' | 'pmg';

/** Per-instance monitoring switches; which apply depends on the node type. */
export interface NodeMonitoringFlags {
  monitorVMs?: boolean;
  monitorContainers?: boolean;
  monitorStorage?: boolean;
  monitorBackups?: boolean;
  monitorPhysicalDisks?: boolean;
  temperatureMonitoringEnabled?: boolean;
  monitorDatastores?: boolean;
  monitorSyncJobs?: boolean;
  monitorVerifyJobs?: boolean;
  monitorPruneJobs?: boolean;
  monitorGarbageJobs?: boolean;
  monitorMailStats?: boolean;
  monitorQueues?: boolean;
  monitorQuarantine?: boolean;
  monitorDomainStats?: boolean;
}

/** Body of `POST /api/config/nodes`, `PUT /api/config/nodes/:id` and the test routes. */
export interface NodeConfigRequest extends NodeMonitoringFlags {
  type: NodeType;
  name: string;
  /** `https://host:port`; a bare host gets `https://` and the product's default port. */
  host: string;
  guestURL?: string;
  /** `user@realm` for password (ticket) login. */
  user?: string;
  password?: string;
  /** `user@realm!tokenid` (PBS also accepts a bare token id with `user`). */
  tokenName?: string;
  tokenValue?: string;
  /** SHA-256 fingerprint of the server certificate (`AA:BB:…`); pins the certificate. */
  fingerprint?: string;
  verifySSL?: boolean;
}

/** One member of a PVE cluster; PascalCase keys as the original sends them. */
export interface ClusterEndpoint {
  NodeID: string;
  NodeName: string;
  Host: string;
  GuestURL: string;
  IP: string;
  Online: boolean;
  /** RFC 3339 time of the last time the member was seen online. */
  LastSeen: string;
}

/** One entry of `GET /api/config/nodes`. Secrets are never part of it. */
export interface NodeResponse extends NodeMonitoringFlags {
  /** Stable id such as `pve-0`; deleting another node never changes it. */
  id: string;
  type: NodeType;
  name: string;
  host: string;
  guestURL?: string;
  user?: string;
  hasPassword: boolean;
  tokenName?: string;
  hasToken: boolean;
  fingerprint?: string;
  verifySSL: boolean;
  status: 'connected' | 'disconnected';
  isCluster?: boolean;
  clusterName?: string;
  clusterEndpoints?: ClusterEndpoint[];
}

/** The class of a failed connection test. */
export type ConnectionErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'auth'
  | 'permission'
  | 'upstream5xx'
  | 'malformed'
  | 'notFound'
  | 'offline';

/** Answer of the node test routes. */
export interface NodeTestResponse {
  status: 'success' | 'error';
  message: string;
  /** Round trip of the test in milliseconds. */
  latency?: number;
  isCluster?: boolean;
  nodeCount?: number;
  clusterNodeCount?: number;
  clusterName?: string;
  datastoreCount?: number;
  version?: string;
  release?: string;
  warnings?: string[];
  /** Set on failures: what went wrong, for the UI to explain. */
  errorKind?: ConnectionErrorKind;
  /** Set on failures, same text as `message`. */
  error?: string;
}

/** Answer of the node write routes. */
export interface NodeWriteResponse {
  status: 'success';
  /** Id of the created or changed node. */
  id?: string;
}
