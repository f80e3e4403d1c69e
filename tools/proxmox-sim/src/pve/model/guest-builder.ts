import { clamp, Prng } from '../../core/prng';
import { DAY, GiB, HOUR, MiB } from '../../core/units';
import { ResolvedScenario } from '../../scenario/scenario.types';
import { GUEST_ROLES, LINUX_PROFILES, OS_PROFILES, TAGS } from './catalog';
import { Guest, GuestType, PveNode, Snapshot } from './pve.types';

const VM_MEMORY = [1, 2, 4, 8, 16, 32].map((g) => g * GiB);
const CT_MEMORY = [256, 512, 1024, 2048, 4096].map((m) => m * MiB);
const VM_DISKS = [16, 32, 64, 100, 250].map((g) => g * GiB);
const CT_DISKS = [4, 8, 16, 32].map((g) => g * GiB);

export interface GuestPlacement {
  node: PveNode;
  storage: string;
}

/**
 * Guests take 100, 101, …; templates start at 9000 like a typical lab, or at the next thousand
 * after the last guest id when there are more guests than fit below 9000.
 */
export function firstTemplateId(guests: number): number {
  const afterLast = Math.ceil((100 + guests) / 1000) * 1000;

  return Math.max(9000, afterLast);
}

export type StoragePicker = (node: PveNode, rng: Prng) => string;

/** Creates the scenario's guests, spread round-robin over the nodes; templates go last. */
export function buildGuests(
  rng: Prng,
  scenario: ResolvedScenario,
  nodes: PveNode[],
  pickStorage: StoragePicker,
  now: number,
): Guest[] {
  const guests: Guest[] = [];
  const roleCounts = new Map<string, number>();
  for (let i = 0; i < scenario.guests; i++) {
    const type: GuestType = rng.chance(scenario.containerRatio) ? 'lxc' : 'qemu';
    const node = nodes[i % nodes.length];
    const guest = buildGuest(rng, { vmid: 100 + i, type, node, index: i }, scenario, now);
    guest.name = uniqueName(rng, roleCounts);
    guest.storage = pickStorage(node, rng);
    guests.push(guest);
  }
  const firstTemplate = firstTemplateId(scenario.guests);
  for (let i = 0; i < scenario.templates; i++) {
    const node = nodes[i % nodes.length];
    const template = buildGuest(
      rng,
      { vmid: firstTemplate + i, type: 'qemu', node, index: i },
      scenario,
      now,
    );
    makeTemplate(template, i);
    template.storage = pickStorage(node, rng);
    guests.push(template);
  }

  return guests;
}

interface Seed {
  vmid: number;
  type: GuestType;
  node: PveNode;
  index: number;
}

function buildGuest(rng: Prng, seed: Seed, scenario: ResolvedScenario, now: number): Guest {
  const isVm = seed.type === 'qemu';
  const os = isVm ? rng.pick(OS_PROFILES) : rng.pick(LINUX_PROFILES);
  const maxmem = isVm ? rng.pick(VM_MEMORY) : rng.pick(CT_MEMORY);
  const running = !rng.chance(scenario.stoppedRatio);
  const cpuTarget = clamp(rng.next() ** 2.5 * 0.8, 0.005, 0.9);
  const memTarget = rng.between(0.3, 0.85);
  const guest: Guest = {
    vmid: seed.vmid,
    type: seed.type,
    name: '',
    node: seed.node.name,
    status: running ? 'running' : 'stopped',
    template: false,
    tags: pickTags(rng),
    os,
    maxcpu: isVm ? rng.pick([1, 2, 4, 8]) : rng.pick([1, 2, 4]),
    maxmem,
    maxdisk: isVm ? rng.pick(VM_DISKS) : rng.pick(CT_DISKS),
    maxswap: isVm ? 0 : 512 * MiB,
    balloonMin: isVm && rng.chance(0.3) ? maxmem / 2 : 0,
    balloonDriver: isVm && (os.family === 'linux' || rng.chance(0.5)),
    agent: isVm ? agentState(rng, scenario.agentRatio) : 'none',
    storage: '',
    cpu: running ? cpuTarget : 0,
    cpuTarget,
    mem: running ? Math.round(maxmem * memTarget) : 0,
    memTarget,
    swap: 0,
    diskUsed: 0,
    counters: { netin: 0, netout: 0, diskread: 0, diskwrite: 0 },
    rates: baseRates(rng),
    startedAt: now - rng.int(HOUR, 90 * DAY),
    pid: running ? rng.int(1000, 4000000) : 0,
    mac: macAddress(seed.vmid),
    ipv4: guestIpv4(seed.index),
    ipv6: rng.chance(0.3) ? `2001:db8:${(seed.index >> 8).toString(16)}::${seed.vmid}` : undefined,
    dhcp: !isVm && rng.chance(0.3),
    snapshots: [],
    haManaged: rng.chance(0.1),
  };
  guest.diskUsed = Math.round(guest.maxdisk * rng.between(0.1, 0.7));
  if (running) seedCounters(guest, now);
  guest.snapshots = buildSnapshots(rng, guest, now);

  return guest;
}

function agentState(rng: Prng, ratio: number): Guest['agent'] {
  if (!rng.chance(ratio)) return 'none';

  return rng.chance(0.85) ? 'running' : 'down';
}

/** Cumulative counters consistent with the uptime (bytes since the guest started). */
function seedCounters(guest: Guest, now: number): void {
  const uptime = now - guest.startedAt;
  const factor = 0.3 + guest.cpuTarget * 2;
  guest.counters.netin = Math.round(guest.rates.netin * uptime * factor);
  guest.counters.netout = Math.round(guest.rates.netout * uptime * factor);
  guest.counters.diskread = Math.round(guest.rates.diskread * uptime * factor);
  guest.counters.diskwrite = Math.round(guest.rates.diskwrite * uptime * factor);
}

function baseRates(rng: Prng) {
  const scale = rng.next() ** 2;

  return {
    netin: Math.round(scale * 2 * MiB + 2000),
    netout: Math.round(scale * 1 * MiB + 1000),
    diskread: Math.round(scale * 4 * MiB + 4000),
    diskwrite: Math.round(scale * 2 * MiB + 8000),
  };
}

function makeTemplate(guest: Guest, index: number): void {
  guest.template = true;
  guest.status = 'stopped';
  guest.name = `tpl-${guest.os.key}-${index + 1}`;
  guest.cpu = 0;
  guest.mem = 0;
  guest.pid = 0;
  guest.tags = ['template'];
  guest.snapshots = [];
  guest.haManaged = false;
  guest.counters = { netin: 0, netout: 0, diskread: 0, diskwrite: 0 };
}

function uniqueName(rng: Prng, counts: Map<string, number>): string {
  const role = rng.pick(GUEST_ROLES);
  const n = (counts.get(role) ?? 0) + 1;
  counts.set(role, n);

  return `${role}-${String(n).padStart(2, '0')}`;
}

function pickTags(rng: Prng): string[] {
  const count = rng.pick([0, 0, 1, 1, 2]);
  const tags = new Set<string>();
  while (tags.size < count) tags.add(rng.pick(TAGS));
  if (rng.chance(0.03)) tags.add('pulse-no-alerts');

  return [...tags].sort();
}

function buildSnapshots(rng: Prng, guest: Guest, now: number): Snapshot[] {
  if (!rng.chance(0.35)) return [];
  const names = ['clean-install', 'before-upgrade', 'pre-patch', 'weekly'];
  const count = rng.int(1, 3);
  const snapshots: Snapshot[] = [];
  let time = now - rng.int(20, 200) * DAY;
  for (let i = 0; i < count; i++) {
    time += rng.int(1, 18) * DAY;
    snapshots.push({
      name: `${names[i]}${i === count - 1 ? '' : `-${i + 1}`}`,
      description: i === 0 ? 'Initial state after setup' : '',
      snaptime: time,
      vmstate: guest.type === 'qemu' && rng.chance(0.3),
      parent: snapshots[i - 1]?.name,
    });
  }

  return snapshots;
}

function macAddress(vmid: number): string {
  const bytes = [0xbc, 0x24, 0x11, (vmid >> 16) & 0xff, (vmid >> 8) & 0xff, vmid & 0xff];

  return bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** Guest addresses come from 198.18.0.0/15 (reserved for benchmarks), never routed anywhere. */
function guestIpv4(index: number): string {
  return `198.18.${Math.floor(index / 250) % 256}.${(index % 250) + 2}`;
}
