import type { StateAlert, StateSnapshot } from '@pulse/contracts';

import { CollectionName, StateCollections } from './state-collections';

export interface SnapshotParts {
  collect<K extends CollectionName>(name: K): StateCollections[K];
  connectionHealth: Record<string, boolean>;
  activeAlerts: StateAlert[];
  lastUpdate: number;
  temperatureMonitoringEnabled: boolean;
}

/** Assembles the `/api/state` body: every key present, empty collections as `[]`. */
export function buildSnapshot(parts: SnapshotParts): StateSnapshot {
  const { collect } = parts;
  const pveBackups = {
    backupTasks: collect('backupTasks'),
    storageBackups: collect('storageBackups'),
    guestSnapshots: collect('guestSnapshots'),
  };
  const pbsBackups = collect('pbsBackups');
  const pmgBackups = collect('pmgBackups');

  return {
    nodes: collect('nodes'),
    vms: collect('vms'),
    containers: collect('containers'),
    dockerHosts: collect('dockerHosts'),
    removedDockerHosts: [],
    hosts: collect('hosts'),
    storage: collect('storage'),
    cephClusters: collect('cephClusters'),
    physicalDisks: collect('physicalDisks'),
    pbs: collect('pbs'),
    pmg: collect('pmg'),
    pbsBackups,
    pmgBackups,
    backups: { pve: pveBackups, pbs: pbsBackups, pmg: pmgBackups },
    replicationJobs: collect('replicationJobs'),
    activeAlerts: parts.activeAlerts,
    metrics: {},
    pveBackups,
    performance: {},
    connectionHealth: parts.connectionHealth,
    stats: {},
    lastUpdate: parts.lastUpdate,
    temperatureMonitoringEnabled: parts.temperatureMonitoringEnabled,
  };
}
