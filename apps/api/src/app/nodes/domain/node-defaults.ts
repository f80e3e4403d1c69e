import { NodeMonitoringFlags, NodeType } from '@pulse/contracts';

import { withRealm as addRealm } from '../../upstream/http/auth';

type FlagName = keyof NodeMonitoringFlags;

/** Which switches apply to a node type, and their value when the admin leaves them out. */
const FLAG_DEFAULTS: Record<NodeType, Partial<Record<FlagName, boolean>>> = {
  pve: {
    monitorVMs: true,
    monitorContainers: true,
    monitorStorage: true,
    monitorBackups: true,
    monitorPhysicalDisks: true,
    temperatureMonitoringEnabled: true,
  },
  pbs: {
    monitorBackups: true,
    monitorDatastores: true,
    monitorSyncJobs: true,
    monitorVerifyJobs: true,
    monitorPruneJobs: true,
    monitorGarbageJobs: true,
    temperatureMonitoringEnabled: true,
  },
  pmg: {
    monitorMailStats: true,
    monitorQueues: true,
    monitorQuarantine: true,
    monitorDomainStats: true,
    temperatureMonitoringEnabled: true,
  },
};

const DEFAULT_REALM: Record<NodeType, string> = { pve: 'pam', pbs: 'pbs', pmg: 'pmg' };

/**
 * The complete set of switches for a node type: given values win, missing ones take the
 * default, and switches of other products are dropped.
 */
export function resolveFlags(
  type: NodeType,
  given: NodeMonitoringFlags,
  previous: NodeMonitoringFlags = {},
): NodeMonitoringFlags {
  const flags: NodeMonitoringFlags = {};
  for (const [name, fallback] of Object.entries(FLAG_DEFAULTS[type]) as [FlagName, boolean][]) {
    flags[name] = given[name] ?? previous[name] ?? fallback;
  }

  return flags;
}

/** `monitor` becomes `monitor@pam` on PVE (`@pbs`, `@pmg` on the others). */
export function withRealm(type: NodeType, user: string | undefined): string | undefined {
  return user?.trim() ? addRealm(user, DEFAULT_REALM[type]) : undefined;
}
