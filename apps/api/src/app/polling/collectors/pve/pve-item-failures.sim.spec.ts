import { startSimulator, Simulator } from '@pulse/proxmox-sim';

import { createCollector } from '../collector-factory';
import type { CollectResult, InstanceCollector } from '../collector.types';
import { collectCycles } from '../testing/collect-cycles';
import { DETAILS_EVERY_CYCLE, simPveTarget } from '../testing/sim-targets';

/** How many items each warning counts ("Status of 3 VM(s) on lab: ..." is 3). */
const itemCounts = (result: CollectResult) =>
  result.warnings.map((warning) => Number(/ of (\d+) /.exec(warning)?.[1] ?? 0));

/**
 * One guest's or one node's detail read failing (500, 403) is a warning of the cycle: the cycle
 * succeeds, the item stays with the values of `/cluster/resources`, and the next cycle too.
 */
describe('PveCollector when one detail read fails', () => {
  let sim: Simulator;
  let collector: InstanceCollector;
  const collectNext = collectCycles();
  const collect = (includeSlow = true) => collectNext(collector, includeSlow);

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', seed: 11, tickMs: 0 });
    collector = createCollector(simPveTarget(sim), DETAILS_EVERY_CYCLE);
    await collect();
  });

  afterEach(() => sim.faults.reset());

  afterAll(async () => {
    await collector?.close();
    await sim?.close();
  });

  const runningVm = () => {
    const guest = sim.inventory().guests.find((g) => g.type === 'qemu' && g.status === 'running');
    if (!guest) throw new Error('scenario has no running VM');

    return guest;
  };
  const warned = (result: CollectResult, text: string) =>
    result.warnings.some((warning) => warning.includes(text));

  it('keeps a VM whose status read answers 500, with a warning, for two cycles', async () => {
    const guest = runningVm();
    sim.faults.pathError('pve', `/nodes/${guest.node}/qemu/${guest.vmid}/status/current`);
    const first = await collect(false);
    const second = await collect();
    const vm = second.collections.vms?.find((item) => item.vmid === guest.vmid);

    expect(warned(first, 'Status of 1 VM(s) on lab')).toBe(true);
    expect(warned(second, 'Status of 1 VM(s) on lab')).toBe(true);
    // No other guest pays for it: every warning is about that one VM.
    expect([...itemCounts(first), ...itemCounts(second)].every((count) => count === 1)).toBe(true);
    expect(vm).toMatchObject({ node: guest.node, status: 'running', name: guest.name });
    expect(second.collections.nodes?.every((node) => node.status === 'online')).toBe(true);
    expect(second.connectionHealth).toEqual({ lab: true });
  });

  it('keeps a container whose interfaces and config answer 500, with a warning', async () => {
    const guest = sim.inventory().guests.find((g) => g.type === 'lxc' && g.status === 'running');
    if (!guest) throw new Error('scenario has no running container');
    sim.faults.pathError('pve', `/nodes/${guest.node}/lxc/${guest.vmid}/*`);
    const result = await collect(false);
    const again = await collect(false);

    expect(warned(result, 'Details of 1 guest(s) on lab')).toBe(true);
    expect(again.collections.containers?.map((item) => item.vmid)).toContain(guest.vmid);
  });

  it('keeps the VM when its guest agent calls answer 500', async () => {
    const guest = runningVm();
    sim.faults.pathError('pve', `/nodes/${guest.node}/qemu/${guest.vmid}/agent/*`);
    const result = await collect(false);
    const again = await collect(false);

    expect(again.collections.vms?.map((item) => item.vmid)).toContain(guest.vmid);
    expect(result.collections.vms?.map((item) => item.vmid)).toContain(guest.vmid);
  });

  it("keeps the cycle when one node's disks, ZFS pools and replication answer 500", async () => {
    sim.faults.pathError('pve', '/nodes/pve2/disks/*');
    sim.faults.pathError('pve', '/nodes/pve2/replication');
    const result = await collect();
    const again = await collect();

    expect(warned(result, 'pve2')).toBe(true);
    expect(again.collections.nodes?.length).toBeGreaterThan(0);
    expect(again.collections.vms?.length).toBeGreaterThan(0);
    expect(again.collections.physicalDisks?.some((disk) => disk.node === 'pve1')).toBe(true);
  });

  it('keeps the cycle when a token may not read one node (403)', async () => {
    sim.faults.denyPrivilege('pve', '/nodes/pve3/*', 'Sys.Audit');
    const result = await collect();
    const again = await collect();

    expect(result.warnings.length).toBeGreaterThan(0);
    expect(again.collections.nodes?.map((node) => node.node)).toContain('pve3');
    expect(again.collections.vms?.some((vm) => vm.node === 'pve3')).toBe(true);
  });
});

describe('PveCollector of a cluster whose other members cannot be reached', () => {
  it("keeps polling when one VM's status read answers 500", async () => {
    const sim = await startSimulator({ host: '127.0.0.1', seed: 11, tickMs: 0 });
    const collector = createCollector(
      simPveTarget(sim, {
        isCluster: true,
        // Members the server cannot reach (nothing listens there), as behind NAT.
        clusterEndpoints: [{ nodeName: 'pve2', host: 'https://127.0.0.1:1', ip: '' }],
      }),
      { timeoutMs: 5_000 },
    );
    const collect = collectCycles();
    try {
      const guest = sim.inventory().guests.find((g) => g.type === 'qemu' && g.status === 'running');
      sim.faults.pathError('pve', `/nodes/${guest?.node}/qemu/${guest?.vmid}/status/current`);
      const first = await collect(collector, false);
      const second = await collect(collector, false);

      expect(first.warnings.some((w) => w.includes('Status of 1 VM(s) on lab'))).toBe(true);
      expect(second.collections.vms?.map((vm) => vm.vmid)).toContain(guest?.vmid);
      // The endpoint is not blamed, so no other guest's read fails with it.
      expect([...itemCounts(first), ...itemCounts(second)].every((count) => count === 1)).toBe(
        true,
      );
    } finally {
      await collector.close();
      await sim.close();
    }
  });
});

describe('PveCollector while guests keep migrating', () => {
  it('never fails a cycle, and keeps every guest', async () => {
    // Every tick (25 ms) moves some running guests: listed on one node, gone when read there.
    const scenario = { guests: 60, templates: 3, events: { migrate: 0.05, stop: 0, start: 0 } };
    const sim = await startSimulator({ host: '127.0.0.1', seed: 3, tickMs: 25, scenario });
    const collector = createCollector(
      simPveTarget(sim, {
        isCluster: true,
        clusterEndpoints: [{ nodeName: 'pve2', host: 'https://127.0.0.1:1', ip: '' }],
      }),
      DETAILS_EVERY_CYCLE,
    );
    const collect = collectCycles();
    const nodeOf = () => new Map(sim.inventory().guests.map((g) => [g.vmid, g.node]));
    try {
      const before = nodeOf();
      const counts: number[] = [];
      for (let round = 0; round < 20; round++) {
        const result = await collect(collector, round % 2 === 0);
        counts.push(
          (result.collections.vms?.length ?? 0) + (result.collections.containers ?? []).length,
        );
      }
      const after = nodeOf();
      const moved = [...after].filter(([vmid, node]) => before.get(vmid) !== node);

      expect(moved.length).toBeGreaterThan(0);
      expect(counts.every((count) => count === sim.inventory().guests.length)).toBe(true);
    } finally {
      await collector.close();
      await sim.close();
    }
  }, 60_000);
});
