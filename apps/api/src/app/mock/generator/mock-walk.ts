import type { GuestBase, Node } from '@pulse/contracts';

import type { MockConfig } from '../mock-config';
import { baseCpu } from './mock-nodes';
import { between } from './prng';
import { clamp, memoryOf, round } from './mock-usage';
import type { MockInventory } from './mock-inventory';

/** Guests drift back to these CPU fractions. */
const VM_CPU = 0.15;
const CT_CPU = 0.08;
const MEMORY_TARGET = 0.5;

/** One step of the random walk: running resources move a little, drifting back to normal. */
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
  const memory = memoryOf(
    node.memory.total,
    drift(node.memory.used / node.memory.total, 0.55, random),
  );

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
  const memory = memoryOf(total, drift(guest.mem / Math.max(1, total), MEMORY_TARGET, random));
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

/** Mean reversion plus noise, kept between 1 % and 98 %. */
function drift(value: number, target: number, random: () => number): number {
  const next = value + (target - value) * 0.1 + between(random, -0.03, 0.03);

  return round(clamp(next, 0.01, 0.98), 4);
}
