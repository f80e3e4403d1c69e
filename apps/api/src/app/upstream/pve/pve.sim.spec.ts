import { Simulator, startSimulator } from '@pulse/proxmox-sim';
import { isGuestAgentError, UpstreamError } from '../errors/upstream-error';
import { PveGuest } from './pve-guests.types';
import { PveClient } from './pve.client';

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

describe('PveClient against the Proxmox simulator', () => {
  let sim: Simulator;
  let pve: PveClient;
  let online: string[];
  let guests: Array<PveGuest & { node: string; type: 'qemu' | 'lxc' }>;

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      tls: true,
      scenario: { nodes: 3, guests: 30, ceph: true, zfs: 'alternate' },
      seed: 42,
      tickMs: 0,
    });
    const { tokenId, tokenSecret } = sim.credentials.pve;
    pve = PveClient.create({
      host: sim.pve.url,
      tokenName: tokenId,
      tokenValue: tokenSecret,
      fingerprint: sim.fingerprints.pve,
    });
    online = (await pve.nodes.nodes()).filter((n) => n.status === 'online').map((n) => n.node);
    guests = [];
    for (const node of online) {
      for (const type of ['qemu', 'lxc'] as const) {
        const list = await pve.guests.list(type, node);
        guests.push(...list.map((guest) => ({ ...guest, node, type })));
      }
    }
  });

  afterAll(async () => {
    await pve?.close();
    await sim?.close();
  });

  const running = (type: 'qemu' | 'lxc') =>
    guests.filter((guest) => guest.type === type && guest.status === 'running' && !guest.template);

  it('reads the version and all three nodes', async () => {
    const version = await pve.nodes.version();
    const nodes = await pve.nodes.nodes();

    expect(version.version).toMatch(/^\d+\.\d+/);
    expect(nodes.map((node) => node.node).sort()).toEqual(['pve1', 'pve2', 'pve3']);
    for (const node of nodes.filter((n) => n.status === 'online')) {
      expect(isCount(node.cpu) && isCount(node.maxmem) && isCount(node.uptime)).toBe(true);
    }
  });

  it('reads node status and an RRD series (no ds parameter) for every online node', async () => {
    for (const node of online) {
      const status = await pve.nodes.status(node);
      const rrd = await pve.nodes.rrd(node);

      expect(status.memory?.total).toBeGreaterThan(0);
      expect(status.loadavg).toHaveLength(3);
      expect(rrd.length).toBeGreaterThan(0);
      expect(rrd.every((point) => Number.isFinite(point.time))).toBe(true);
    }
  });

  it('reads cluster status, resources and replication', async () => {
    const info = await pve.clusterInfo();
    const resources = await pve.cluster.resources('vm');
    const jobs = await pve.cluster.replication();

    expect(info.isCluster).toBe(true);
    expect(info.members.map((member) => member.name).sort()).toEqual(['pve1', 'pve2', 'pve3']);
    expect(resources).toHaveLength(sim.inventory().guests.length);
    expect(
      resources.every(
        (r) => (r.type === 'qemu' || r.type === 'lxc') && typeof r.template === 'boolean',
      ),
    ).toBe(true);
    for (const node of online) {
      const states = await pve.cluster.nodeReplication(node);
      expect(states.every((state) => typeof state.id === 'string')).toBe(true);
    }
    expect(Array.isArray(jobs)).toBe(true);
  });

  it('lists guests per node matching the cluster view', async () => {
    const resources = await pve.cluster.resources('vm');
    const onlineResources = resources.filter((r) => online.includes(r.node ?? ''));

    expect(guests.map((g) => g.vmid).sort()).toEqual(onlineResources.map((r) => r.vmid).sort());
  });

  it('reads VM status, config, snapshots and RRD', async () => {
    const vm = running('qemu')[0];
    const status = await pve.guests.qemuStatus(vm.node, vm.vmid);
    const config = await pve.guests.config('qemu', vm.node, vm.vmid);
    const snapshots = await pve.guests.snapshots('qemu', vm.node, vm.vmid);
    const rrd = await pve.guests.rrd('qemu', vm.node, vm.vmid);

    expect(status.status).toBe('running');
    expect(status.maxmem).toBeGreaterThan(0);
    expect(Object.keys(config).length).toBeGreaterThan(0);
    expect(snapshots.every((snapshot) => snapshot.name !== 'current')).toBe(true);
    expect(rrd.length).toBeGreaterThan(0);
  });

  it('reads guest agent data, or a guest agent error for VMs without a working agent', async () => {
    let answered = 0;
    for (const vm of running('qemu')) {
      try {
        const [fs, nics, os, info] = await Promise.all([
          pve.agent.fsinfo(vm.node, vm.vmid),
          pve.agent.networkInterfaces(vm.node, vm.vmid),
          pve.agent.osInfo(vm.node, vm.vmid),
          pve.agent.info(vm.node, vm.vmid),
        ]);
        expect(
          fs.every((entry) => entry.totalBytes === undefined || isCount(entry.totalBytes)),
        ).toBe(true);
        expect(nics.every((nic) => typeof nic.name === 'string')).toBe(true);
        expect(os.name ?? os.prettyName ?? os.id).toBeDefined();
        expect(info.version).toBeDefined();
        answered++;
      } catch (error) {
        expect(error).toBeInstanceOf(UpstreamError);
        expect(isGuestAgentError(error as UpstreamError)).toBe(true);
      }
    }

    expect(answered).toBeGreaterThan(0);
  });

  it('reads container status, config, interfaces, RRD and snapshots', async () => {
    const ct = running('lxc')[0];
    const status = await pve.guests.lxcStatus(ct.node, ct.vmid);
    const config = await pve.guests.config('lxc', ct.node, ct.vmid);
    const interfaces = await pve.guests.lxcInterfaces(ct.node, ct.vmid);
    const rrd = await pve.guests.rrd('lxc', ct.node, ct.vmid);
    const snapshots = await pve.guests.snapshots('lxc', ct.node, ct.vmid);

    expect(status.status).toBe('running');
    expect(Object.keys(config).some((key) => key.startsWith('net'))).toBe(true);
    expect(interfaces.every((nic) => Array.isArray(nic.ipAddresses))).toBe(true);
    expect(rrd.length).toBeGreaterThan(0);
    expect(Array.isArray(snapshots)).toBe(true);
  });

  it('reads storage configuration, per-node storage, status and backup content', async () => {
    const config = await pve.storage.config();
    expect(config.length).toBeGreaterThan(0);

    const node = online[0];
    const storages = await pve.storage.list(node);
    expect(storages.every((s) => typeof s.active === 'boolean' && Array.isArray(s.content))).toBe(
      true,
    );
    const first = storages[0];
    expect((await pve.storage.status(node, first.storage)).storage).toBe(first.storage);

    const backupStore = storages.find((s) => s.content.includes('backup'));
    const content = await pve.storage.content(node, backupStore?.storage ?? first.storage, {
      content: 'backup',
    });
    expect(content.every((item) => item.volid.length > 0)).toBe(true);
  });

  it('reads tasks and one task status', async () => {
    const tasks = online.length ? await pve.nodes.tasks(online[0], { limit: 20 }) : [];
    expect(tasks.length).toBeGreaterThan(0);

    const status = await pve.nodes.taskStatus(online[0], tasks[0].upid);
    expect(status.upid).toBe(tasks[0].upid);
  });

  it('reads disks, SMART, ZFS pools and their device trees', async () => {
    let pools = 0;
    for (const node of online) {
      const disks = await pve.disks.list(node);
      expect(disks.length).toBeGreaterThan(0);
      expect((await pve.disks.smart(node, disks[0].devpath)).health).toBeDefined();

      for (const pool of await pve.disks.zfsPools(node)) {
        const detail = await pve.disks.zfsPool(node, pool.name);
        expect(detail.name).toBe(pool.name);
        pools++;
      }
    }

    expect(pools).toBeGreaterThan(0);
  });

  it('reads Ceph status and pools (never the non-existent /cluster/ceph/df)', async () => {
    const ceph = await pve.disks.cephStatus();
    const pools = await pve.disks.cephPools(online[0]);

    expect(ceph.health.status).toMatch(/^HEALTH_/);
    expect(ceph.osdmap.numOsds).toBeGreaterThan(0);
    expect(ceph.pgmap.bytesTotal).toBeGreaterThan(0);
    expect(pools.length).toBeGreaterThan(0);
  });

  it('testConnection reports version, latency and the three cluster members', async () => {
    const result = await pve.testConnection();

    expect(result.ok).toBe(true);
    expect(result.ok && result.cluster.members).toHaveLength(3);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('also works with a password login', async () => {
    const { user, password } = sim.credentials.pve;
    const withPassword = PveClient.create({ host: sim.pve.url, user, password, verifySSL: false });
    try {
      expect((await withPassword.testConnection()).ok).toBe(true);
    } finally {
      await withPassword.close();
    }
  });
});
