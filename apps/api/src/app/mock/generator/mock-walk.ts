import type { GuestBase, Node } from '@pulse/contracts';

import type { MockConfig } from '../mock-config';
import { baseCpu } from './mock-nodes';
import { between } from './prng';
import { drift, walkMemory } from './mock-usage';
import type { MockInventory } from './mock-inventory';
import { walkDockerHost, walkHost, walkPbs, walkPmg } from './mock-walk-services';

/** Guests drift back to these CPU fractions. */
const VM_CPU = 0.15;
const CT_CPU = 0.08;
const MEMORY_TARGET = 0.5;

/**
 * One step of the random walk: running resources move a little, drifting back to normal.
 * Backups and snapshots stay as they were built.
 */
export function advanceInventory(
  inventory: MockInventory,
  config: MockConfig,
  random: () => number,
  now: number,
  elapsedSeconds: number,
): MockInventory {
  const step = <T extends GuestBase>(guest: T, cpu: number): T =>
    guest.status === 'running' ? walkGuest(guest, cpu, random, now, elapsedSeconds) : guest;

  return {
    ...inventory,
    nodes: inventory.nodes.map((node) => walkNode(node, config, random, now, elapsedSeconds)),
    vms: inventory.vms.map((vm) => step(vm, VM_CPU)),
    containers: inventory.containers.map((ct) => step(ct, CT_CPU)),
    pbs: inventory.pbs.map((pbs) => walkPbs(pbs, random, now, elapsedSeconds)),
    pmg: inventory.pmg.map((pmg) => walkPmg(pmg, random, now, elapsedSeconds)),
    dockerHosts: inventory.dockerHosts.map((host) =>
      walkDockerHost(host, random, now, elapsedSeconds),
    ),
    hosts: inventory.hosts.map((host) => walkHost(host, random, now, elapsedSeconds)),
  };
}

function walkNode(
  node: Node,
  config: MockConfig,
  random: () => number,
  now: number,
  elapsedSeconds: number,
): Node {
  if (node.status !== 'online' || !node.memory) {
    return node;
  }
  const cpu = drift(node.cpu, baseCpu(node.node, config), random);
  const memory = walkMemory(node.memory.total, node.memory.used, random, 0.55);

  return {
    ...node,
    cpu,
    memory,
    mem: memory.used,
    uptime: node.uptime + Math.round(elapsedSeconds),
    lastSeen: now,
  };
}

function walkGuest<T extends GuestBase>(
  guest: T,
  targetCpu: number,
  random: () => number,
  now: number,
  elapsedSeconds: number,
): T {
  const total = guest.memory?.total ?? guest.maxmem;
  const memory = walkMemory(total, guest.mem, random, MEMORY_TARGET);
  const rate = (max: number) => Math.round(between(random, 0, max));

  return {
    ...guest,
    cpu: drift(guest.cpu, targetCpu, random),
    memory,
    mem: memory.used,
    networkIn: rate(2_000_000),
    networkOut: rate(1_000_000),
    diskRead: rate(5_000_000),
    diskWrite: rate(3_000_000),
    uptime: guest.uptime + Math.round(elapsedSeconds),
    lastSeen: now,
  };
}
