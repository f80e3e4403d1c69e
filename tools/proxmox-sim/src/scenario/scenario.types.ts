/** Per-guest, per-tick probabilities of lifecycle events. */
export interface ScenarioEvents {
  stop?: number;
  start?: number;
  migrate?: number;
  backup?: number;
}

export interface PbsScenario {
  hostname?: string;
  version?: string;
  datastores?: Array<{ name: string; sizeTiB?: number; comment?: string }>;
}

export interface PmgScenario {
  nodes?: number;
  version?: string;
  /** Average inbound + outbound mails per hour. */
  mailPerHour?: number;
}

export interface ScenarioNode {
  name: string;
  /** Must be a loopback address (127.0.0.0/8). */
  ip?: string;
  pveVersion?: string;
  zfs?: boolean;
}

/** JSON scenario file shape; every field is optional. */
export interface ScenarioSpec {
  name?: string;
  clusterName?: string;
  nodes?: number | ScenarioNode[];
  guests?: number;
  containerRatio?: number;
  stoppedRatio?: number;
  templates?: number;
  agentRatio?: number;
  ceph?: boolean;
  zfs?: 'all' | 'none' | 'alternate';
  offlineNodes?: string[];
  pveVersion?: string;
  backupDays?: number;
  events?: ScenarioEvents;
  pbs?: PbsScenario;
  pmg?: PmgScenario;
}

export interface ResolvedNode {
  name: string;
  ip: string;
  pveVersion: string;
  zfs: boolean;
}

export interface ResolvedScenario {
  name: string;
  clusterName: string;
  nodes: ResolvedNode[];
  guests: number;
  containerRatio: number;
  stoppedRatio: number;
  templates: number;
  agentRatio: number;
  ceph: boolean;
  offlineNodes: string[];
  backupDays: number;
  events: Required<ScenarioEvents>;
  pbs: {
    hostname: string;
    version: string;
    datastores: Array<{ name: string; sizeTiB: number; comment?: string }>;
  };
  pmg: { nodes: string[]; version: string; mailPerHour: number };
}

export type PresetName = 'default' | 'standalone' | 'medium' | 'bench';
