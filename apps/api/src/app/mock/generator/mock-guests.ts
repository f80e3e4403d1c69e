import type { Container, GuestBase, Node, VM } from '@pulse/contracts';

import { guestId } from '../../polling/collectors/shared/ids';
import type { MockConfig } from '../mock-config';
import { between, pick } from './prng';
import { diskOf, GIB, memoryOf, round } from './mock-usage';

const TAGS = ['', 'production', 'web', 'db', 'dev,testing', 'backup'];
const VM_NAMES = ['web', 'db', 'app', 'mail', 'proxy', 'build', 'monitor', 'files'];
const CT_NAMES = ['dns', 'cache', 'git', 'ci-runner', 'redis', 'nginx', 'media', 'vpn'];

export interface MockGuests {
  vms: VM[];
  containers: Container[];
}

/** The VMs and containers of every node, VMIDs from 100 in node order. */
export function buildGuests(
  nodes: Node[],
  config: MockConfig,
  random: () => number,
  now: number,
): MockGuests {
  const guests: MockGuests = { vms: [], containers: [] };
  let vmid = 100;
  for (const node of nodes) {
    for (let i = 0; i < config.vmsPerNode; i++) {
      guests.vms.push({ ...guestBase(node, vmid++, 'vm', config, random, now), type: 'qemu' });
    }
    for (let i = 0; i < config.lxcsPerNode; i++) {
      const base = guestBase(node, vmid++, 'ct', config, random, now);
      guests.containers.push({ ...base, type: 'lxc' });
    }
  }

  return guests;
}

function guestBase(
  node: Node,
  vmid: number,
  kind: 'vm' | 'ct',
  config: MockConfig,
  random: () => number,
  now: number,
): GuestBase {
  const running = node.status === 'online' && random() >= config.stoppedPercent;
  const memory = memoryOf(Math.round(between(random, 1, 16)) * GIB, running ? 0.45 : 0);
  const disk = diskOf(Math.round(between(random, 8, 256)) * GIB, between(random, 0.1, 0.8));
  const name = `${pick(random, kind === 'vm' ? VM_NAMES : CT_NAMES)}-${vmid}`;
  const tags = pick(random, TAGS);

  return {
    id: guestId(node.instance, node.node, vmid),
    vmid,
    name,
    node: node.node,
    instance: node.instance,
    status: running ? 'running' : 'stopped',
    cpu: running ? round(between(random, 0, 0.25), 4) : 0,
    cpus: pick(random, [1, 2, 4, 8]),
    memory,
    mem: memory.used,
    maxmem: memory.total,
    disk,
    networkIn: 0,
    networkOut: 0,
    diskRead: 0,
    diskWrite: 0,
    uptime: running ? Math.round(between(random, 0.1, 30) * 86_400) : 0,
    template: false,
    ...(tags && { tags }),
    lastSeen: now,
  };
}
