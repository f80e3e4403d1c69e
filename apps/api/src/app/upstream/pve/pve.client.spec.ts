import { FakeUpstream } from '../testing/fake-upstream';
import { PVE_FIXTURES } from '../testing/pve-fixtures';
import { PveClient } from './pve.client';

describe('PveClient against recorded-style payloads', () => {
  let server: FakeUpstream;
  let pve: PveClient;

  beforeAll(async () => {
    server = await FakeUpstream.start();
    server.handler = (request) =>
      request.path in PVE_FIXTURES
        ? { data: PVE_FIXTURES[request.path] }
        : { status: 501, statusMessage: `Method '${request.path}' not implemented` };
    pve = PveClient.create({
      host: server.url,
      tokenName: 'root@pam!pulse',
      tokenValue: 'secret-token-value',
    });
  });

  afterAll(async () => {
    await pve.close();
    await server.close();
  });

  const lastQuery = () => Object.fromEntries(server.requests.at(-1)?.query ?? []);

  describe('nodes', () => {
    it('reads the version and the node list with tolerant numbers', async () => {
      expect(await pve.nodes.version()).toEqual({
        version: '8.4.1',
        release: '8.4',
        repoid: 'abc123',
      });
      const [pve1, pve2] = await pve.nodes.nodes();

      expect(pve1).toMatchObject({ node: 'pve1', cpu: 0.0312, maxmem: 34359738368, disk: 1.2e10 });
      expect(pve1.sslFingerprint).toBe('AA:BB');
      expect(pve2).toEqual({ node: 'pve2', status: 'offline' });
    });

    it('reads node status with string load averages and MHz', async () => {
      const status = await pve.nodes.status('pve1');

      expect(status.loadavg).toEqual([0.15, 0.25, 0.3]);
      expect(status.cpuinfo).toMatchObject({ cores: 8, sockets: 2, mhz: '2400.000' });
      expect(status.memory).toMatchObject({ used: 8589934592, available: 2.7e10 });
      expect(status.rootfs?.avail).toBe(8.8e10);
    });

    it('asks for rrddata without a ds parameter and drops NaN samples', async () => {
      const points = await pve.nodes.rrd('pve1');

      expect(lastQuery()).toEqual({ timeframe: 'hour', cf: 'AVERAGE' });
      expect(points).toEqual([
        { time: 1735689600, memused: 100, memtotal: 200 },
        { time: 1735689660, memused: 110, memtotal: 200, memavailable: 90 },
      ]);
    });

    it('lists tasks with filters and reads a task status', async () => {
      const [task] = await pve.nodes.tasks('pve1', { typefilter: 'vzdump', limit: 500 });

      expect(lastQuery()).toEqual({ typefilter: 'vzdump', limit: '500' });
      expect(task).toMatchObject({ type: 'vzdump', id: '100', endtime: 1735689700, status: 'OK' });
      expect(await pve.nodes.taskStatus('pve1', 'UPID:pve1:1')).toMatchObject({
        status: 'stopped',
      });
    });
  });

  describe('cluster', () => {
    it('summarizes cluster membership', async () => {
      expect(await pve.clusterInfo()).toEqual({
        isCluster: true,
        clusterName: 'lab',
        quorate: true,
        members: [
          { name: 'pve1', ip: '127.0.0.1', nodeid: 1, online: true, local: true },
          { name: 'pve2', ip: '127.0.0.2', nodeid: 2, online: false, local: false },
        ],
      });
    });

    it('reads guest resources with 0/1 booleans and split tags', async () => {
      const [vm, ct] = await pve.cluster.resources('vm');

      expect(lastQuery()).toEqual({ type: 'vm' });
      expect(vm).toMatchObject({
        vmid: 100,
        template: false,
        tags: ['prod', 'web'],
        netin: 2456116121,
      });
      expect(ct).toMatchObject({ vmid: 200, template: true, tags: [] });
    });

    it('reads replication configuration and per-node run state', async () => {
      expect((await pve.cluster.replication())[0]).toMatchObject({ id: '100-0', disabled: true });
      expect((await pve.cluster.nodeReplication('pve1'))[0]).toMatchObject({
        guest: 100,
        lastSync: 1735689600,
        failCount: 2,
        error: 'boom',
        duration: 3.5,
      });
    });
  });

  describe('guests', () => {
    it('lists VMs and containers of a node', async () => {
      expect(await pve.guests.list('qemu', 'pve1')).toEqual([
        { vmid: 100, name: 'web', status: 'running', agent: true, cpus: 2, tags: [] },
      ]);
      expect((await pve.guests.list('lxc', 'pve1'))[0]).toMatchObject({
        vmid: 200,
        maxswap: 536870912,
      });
    });

    it('reads VM status including balloon details', async () => {
      const status = await pve.guests.qemuStatus('pve1', 100);

      expect(status).toMatchObject({ agent: true, balloonMin: 1048576000, freemem: 887222272 });
      expect(status.ballooninfo).toEqual({
        actual: 2097152000,
        maxMem: 2097152000,
        freeMem: 887222272,
        totalMem: 2015014912,
      });
    });

    it('reads container status, config, interfaces and RRD', async () => {
      const status = await pve.guests.lxcStatus('pve1', 200);
      expect(status.network['eth0']).toEqual({
        name: 'eth0',
        hwaddr: 'bc:24:11:00:00:02',
        ip: '192.0.2.5',
      });
      expect(status.diskinfo['rootfs']).toEqual({ total: 8589934592, used: 1073741824 });

      expect(await pve.guests.config('lxc', 'pve1', 200)).toMatchObject({
        memory: '512',
        onboot: '1',
      });
      const [eth0] = await pve.guests.lxcInterfaces('pve1', 200);
      expect(eth0.ipAddresses).toEqual([{ address: '192.0.2.5', type: 'inet', prefix: 24 }]);
      expect(await pve.guests.rrd('lxc', 'pve1', 200)).toEqual([
        { time: 1735689600, mem: 1000, maxmem: 2000 },
      ]);
    });

    it('lists snapshots without the "current" pseudo entry', async () => {
      expect(await pve.guests.snapshots('qemu', 'pve1', 100)).toEqual([
        { name: 'before-upgrade', description: 'x', snaptime: 1735689600, vmstate: false },
      ]);
      expect(await pve.guests.config('qemu', 'pve1', 100)).toMatchObject({ cores: '2' });
    });
  });

  describe('guest agent', () => {
    it('reads filesystems, interfaces, OS and agent version', async () => {
      expect(await pve.agent.fsinfo('pve1', 100)).toEqual([
        {
          name: 'sda1',
          mountpoint: '/',
          type: 'ext4',
          totalBytes: 53687091200,
          usedBytes: 1234567890,
          disks: [{ dev: '/dev/sda1', serial: 'drive-scsi0', busType: 'scsi', target: 0 }],
        },
      ]);
      expect((await pve.agent.networkInterfaces('pve1', 100))[0]).toMatchObject({
        hardwareAddress: 'bc:24:11:00:00:01',
        rxBytes: 123,
        txBytes: 456,
      });
      expect(await pve.agent.osInfo('pve1', 100)).toMatchObject({
        prettyName: 'Debian 12',
        versionId: '12',
      });
      expect(await pve.agent.info('pve1', 100)).toEqual({ version: '7.2.0' });
    });
  });

  describe('storage', () => {
    it('reads storage configuration, node storage, status and content', async () => {
      expect((await pve.storage.config())[0]).toMatchObject({
        content: ['iso', 'vztmpl', 'backup'],
        shared: false,
        nodes: [],
      });
      expect((await pve.storage.list('pve1'))[0]).toMatchObject({
        active: true,
        used: 1.2e10,
        usedFraction: 0.12,
      });
      expect(await pve.storage.status('pve1', 'local')).toMatchObject({
        storage: 'local',
        active: true,
        content: ['backup'],
      });

      const [backup] = await pve.storage.content('pve1', 'local', { content: 'backup' });
      expect(lastQuery()).toEqual({ content: 'backup' });
      expect(backup).toMatchObject({
        size: 3221225472,
        protected: true,
        verification: { state: 'ok' },
      });
    });
  });

  describe('disks, ZFS and Ceph', () => {
    it('reads wearout in its odd encodings', async () => {
      const [nvme, sda] = await pve.disks.list('pve1');

      expect(nvme).toMatchObject({ wearout: 98, gpt: true, rpm: 0 });
      expect(sda.wearout).toBeUndefined();
      expect(sda.rpm).toBeUndefined();
    });

    it('reads SMART data for one disk', async () => {
      const smart = await pve.disks.smart('pve1', '/dev/sda');

      expect(lastQuery()).toEqual({ disk: '/dev/sda' });
      expect(smart.attributes[0]).toMatchObject({ name: 'Reallocated_Sector_Ct', threshold: 10 });
    });

    it('reads ZFS pools and the device tree', async () => {
      expect((await pve.disks.zfsPools('pve1'))[0]).toMatchObject({ name: 'rpool', dedup: 1 });
      const detail = await pve.disks.zfsPool('pve1', 'rpool');

      expect(detail.children[0].children[0]).toEqual({
        name: 'nvme0n1p3',
        state: 'ONLINE',
        read: 0,
        write: 0,
        cksum: 2,
        leaf: true,
        children: [],
      });
    });

    it('reads Ceph status from old and new layouts, and pools through a node', async () => {
      const ceph = await pve.disks.cephStatus();

      expect(ceph.osdmap).toEqual({ numOsds: 21, numUpOsds: 20, numInOsds: 21 });
      expect(ceph.health.checks['OSD_DOWN']).toEqual({
        severity: 'HEALTH_WARN',
        summary: '1 osds down',
        details: ['osd.3 is down'],
      });
      expect(ceph.services['mgr']).toEqual({ pve1: { hostname: 'pve1', status: 'running' } });
      expect(ceph.pgmap.bytesTotal).toBe(51850204151808);
      expect(await pve.disks.cephPools('pve1')).toEqual([
        {
          name: 'rbd',
          id: 1,
          size: 3,
          minSize: 2,
          pgNum: 128,
          bytesUsed: 1000,
          percentUsed: 0.02,
          crushRule: 'replicated_rule',
        },
      ]);
      expect(server.requests.some((request) => request.path === '/cluster/ceph/df')).toBe(false);
    });
  });

  describe('testConnection', () => {
    it('reports version, latency, nodes and cluster members', async () => {
      const result = await pve.testConnection();

      expect(result).toMatchObject({
        ok: true,
        product: 'pve',
        version: '8.4.1',
        nodes: ['pve1', 'pve2'],
      });
      expect(result.ok && result.cluster.members).toHaveLength(2);
      expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    });

    it('treats a node without cluster support as standalone', async () => {
      const original = server.handler;
      server.handler = (request) =>
        request.path === '/cluster/status'
          ? { status: 501, statusMessage: 'not implemented' }
          : original(request);
      try {
        expect(await pve.clusterInfo()).toEqual({ isCluster: false, members: [] });
      } finally {
        server.handler = original;
      }
    });
  });
});
