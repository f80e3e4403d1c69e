import type { Container, Node, Storage, VM } from '@pulse/contracts';

import type { StateCollections } from '../../state/state-collections';
import type { MockConfig } from '../mock-config';
import { buildGuests } from './mock-guests';
import { buildNode, buildStorage } from './mock-nodes';

export interface MockInventory {
  nodes: Node[];
  vms: VM[];
  containers: Container[];
  storage: Storage[];
}

// TODO: generate Docker hosts, host agents, PBS, PMG, backups and snapshots in mock mode too;
// today only nodes, guests and storage are synthetic (the counts for the rest are reported only).
export function buildInventory(
  config: MockConfig,
  random: () => number,
  now: number,
): MockInventory {
  const nodes = Array.from({ length: config.nodeCount }, (_, index) =>
    buildNode(index, config, random, now),
  );
  const { vms, containers } = buildGuests(nodes, config, random, now);
  const storage = nodes.flatMap((node) => buildStorage(node, random));

  return { nodes, vms, containers, storage };
}

export function inventoryCollections(inventory: MockInventory): Partial<StateCollections> {
  const { nodes, vms, containers, storage } = inventory;

  return { nodes, vms, containers, storage };
}

/** One entry per mock instance: the cluster and each standalone node. */
export function inventoryHealth(inventory: MockInventory): Record<string, boolean> {
  return Object.fromEntries(inventory.nodes.map((node) => [node.instance, true]));
}
