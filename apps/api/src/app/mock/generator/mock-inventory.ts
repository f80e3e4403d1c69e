import type { Container, VM } from '@pulse/contracts';

import type { StateCollections } from '../../state/state-collections';
import type { MockConfig } from '../mock-config';
import { buildDockerHosts, buildHosts } from './mock-agents';
import { buildBackups } from './mock-backups';
import { buildCeph, buildPhysicalDisks, buildReplicationJobs } from './mock-cluster-extras';
import { buildGuests } from './mock-guests';
import { buildNode, buildStorage } from './mock-nodes';
import { buildPbsInstances } from './mock-pbs';
import { buildPmgInstances } from './mock-pmg';
import { buildSharedStorage } from './mock-shared-storage';

/** Everything mock mode shows: every state collection but PMG backups, which stay empty. */
export type MockInventory = Omit<StateCollections, 'pmgBackups'>;

/** The whole synthetic estate. */
export function buildInventory(
  config: MockConfig,
  random: () => number,
  now: number,
): MockInventory {
  const nodes = Array.from({ length: config.nodeCount }, (_, index) =>
    buildNode(index, config, random, now),
  );
  const guests = buildGuests(nodes, config, random, now);
  const storage = nodes.flatMap((node) => buildStorage(node, random));
  const pbs = buildPbsInstances(random, now);
  const pmg = buildPmgInstances(random, now);
  const backups = buildBackups([...guests.vms, ...guests.containers], random, now);
  const withLastBackup = <T extends VM | Container>(guest: T): T => {
    const lastBackup = backups.lastBackup.get(guest.id);

    return lastBackup === undefined ? guest : { ...guest, lastBackup };
  };

  return {
    nodes,
    vms: guests.vms.map(withLastBackup),
    containers: guests.containers.map(withLastBackup),
    pbs,
    pmg,
    pbsBackups: backups.pbsBackups,
    storageBackups: backups.storageBackups,
    backupTasks: backups.backupTasks,
    guestSnapshots: backups.guestSnapshots,
    dockerHosts: buildDockerHosts(config, random, now),
    hosts: buildHosts(config, random, now),
    storage: [...storage, ...buildSharedStorage(nodes, random)],
    physicalDisks: buildPhysicalDisks(nodes, random, now),
    cephClusters: buildCeph(nodes, random, now),
    replicationJobs: buildReplicationJobs([...guests.vms, ...guests.containers], nodes, now),
  };
}

export function inventoryCollections(inventory: MockInventory): Partial<StateCollections> {
  return { ...inventory };
}

/**
 * One entry per mock instance and agent, keyed as the real ones are: the PVE instance name,
 * `pbs-<name>`, `pmg-<name>`, `docker-<host id>` and `host-<host id>`.
 */
export function inventoryHealth(inventory: MockInventory): Record<string, boolean> {
  return Object.fromEntries([
    ...inventory.nodes.map((node) => [node.instance, true]),
    ...inventory.pbs.map((pbs) => [pbs.id, pbs.status === 'online']),
    ...inventory.pmg.map((pmg) => [pmg.id, pmg.status === 'online']),
    ...inventory.dockerHosts.map((host) => [`docker-${host.id}`, host.status === 'online']),
    ...inventory.hosts.map((host) => [`host-${host.id}`, host.status === 'online']),
  ]);
}
