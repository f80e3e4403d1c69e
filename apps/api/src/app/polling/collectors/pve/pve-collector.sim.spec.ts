import { startSimulator, Simulator } from '@pulse/proxmox-sim';

import { createCollector } from '../collector-factory';
import type { CollectResult, InstanceCollector } from '../collector.types';
import { collectCycles } from '../testing/collect-cycles';
import { DETAILS_EVERY_CYCLE, simPveTarget } from '../testing/sim-targets';
import { pveToken, rawGet } from '../testing/raw-upstream';

/**
 * The PVE collector on its own against the simulator: partial failures (a node down, a guest
 * agent that stopped) keep the cycle alive and show up where the UI expects them.
 */
describe('PveCollector against the simulator', () => {
  let sim: Simulator;
  let collector: InstanceCollector;
  const collectNext = collectCycles();
  const collect = (includeSlow = true) => collectNext(collector, includeSlow);

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', seed: 5, tickMs: 0 });
    collector = createCollector(simPveTarget(sim), DETAILS_EVERY_CYCLE);
  });

  afterEach(() => sim.faults.reset());

  afterAll(async () => {
    await collector?.close();
    await sim?.close();
  });

  it('reads a healthy cluster without warnings', async () => {
    const result = await collect();

    expect(result.warnings).toEqual([]);
    expect(result.collections.nodes?.every((node) => node.status === 'online')).toBe(true);
    expect(result.connectionHealth).toEqual({ lab: true });
    expect(result.zfsPools && Object.keys(result.zfsPools).length).toBeGreaterThan(0);
  });

  it("shows a node's CPU MHz as the text PVE sends", async () => {
    const { nodes = [] } = (await collect(false)).collections;
    const { tokenId, tokenSecret } = sim.credentials.pve;

    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      const path = `/nodes/${node.node}/status`;
      const status = await rawGet<{ cpuinfo: { mhz: string } }>(
        sim.pve.url,
        path,
        pveToken(tokenId, tokenSecret),
      );
      expect(status.cpuinfo.mhz).toMatch(/^\d+\.\d{3}$/);
      expect(node.cpuInfo.mhz).toBe(status.cpuinfo.mhz);
    }
  });

  it('shows a node that went down offline and keeps its storage and disks', async () => {
    const before = await collect();
    sim.faults.nodeOffline('pve', 'pve2');
    const after = await collect();
    const node = after.collections.nodes?.find((item) => item.node === 'pve2');
    const keptStorage = (result: CollectResult) =>
      result.collections.storage?.filter((item) => item.node === 'pve2').map((item) => item.id);
    const keptDisks = (result: CollectResult) =>
      result.collections.physicalDisks?.filter((disk) => disk.node === 'pve2').map((d) => d.id);

    expect(node).toMatchObject({ status: 'offline', cpu: 0, uptime: 0, connectionHealth: 'error' });
    expect(after.collections.nodes?.filter((item) => item.status === 'online')).toHaveLength(2);
    expect(keptStorage(before)?.length).toBeGreaterThan(0);
    expect(keptDisks(before)?.length).toBeGreaterThan(0);
    expect(keptStorage(after)).toEqual(keptStorage(before));
    expect(keptDisks(after)).toEqual(keptDisks(before));
    const [ceph] = after.collections.cephClusters ?? [];
    expect(ceph.health).toBe('HEALTH_WARN');
    expect(ceph.healthMessage).toContain('OSD_HOST_DOWN: 1 host');
    expect(ceph.numOsdsUp).toBeLessThan(ceph.numOsds);
    expect(ceph.services?.find((service) => service.type === 'mon')).toMatchObject({
      running: 2,
      total: 3,
      message: 'Offline: mon.pve2@pve2',
    });
    for (const guest of after.collections.vms?.filter((vm) => vm.node === 'pve2') ?? []) {
      expect(guest).toMatchObject({ cpu: 0, networkIn: 0, diskRead: 0 });
    }
  });

  it('says why a VM has no disk usage when its guest agent stops answering', async () => {
    const first = await collect(false);
    const vm = first.collections.vms?.find((item) => item.status === 'running' && item.disks);
    if (!vm) throw new Error('scenario has no running VM with a guest agent');
    sim.faults.agentUnavailable(vm.vmid);
    const next = await collect(false);
    const after = next.collections.vms?.find((item) => item.id === vm.id);

    expect(after).toMatchObject({ diskStatusReason: 'agent-not-running' });
    expect(after?.disk?.usage).toBe(-1);
    expect(after).not.toHaveProperty('disks');
  });
});

describe('PveCollector on a standalone host named like its instance', () => {
  it('leaves the instance name out of guest and storage ids', async () => {
    const sim = await startSimulator({ host: '127.0.0.1', scenario: 'standalone', tickMs: 0 });
    const collector = createCollector(simPveTarget(sim, { name: 'pve1' }));
    try {
      const result = await collector.collect({
        now: Date.now(),
        cycle: 0,
        includeSlow: false,
        signal: new AbortController().signal,
      });
      const { nodes, vms, storage, cephClusters } = result.collections;

      expect(nodes?.map((node) => node.id)).toEqual(['pve1-pve1']);
      expect(vms?.length).toBeGreaterThan(0);
      expect(vms?.every((vm) => vm.id === `pve1-${vm.vmid}`)).toBe(true);
      const local = storage?.filter((item) => !item.shared) ?? [];
      expect(local.length).toBeGreaterThan(0);
      expect(local.every((item) => item.id === `pve1-${item.name}`)).toBe(true);
      expect(cephClusters).toEqual([]);
    } finally {
      await collector.close();
      await sim.close();
    }
  });
});
