import { startSimulator } from '../simulator';
import { Simulator } from '../simulator.types';
import { pve } from '../testing/api-client';

type Row = Record<string, unknown>;
type ListBody = { data: Row[] };
type ObjectBody = { data: Row };

describe('PVE API', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0, seed: 7 });
  });

  afterAll(() => sim.close());

  const runningGuest = (type: 'qemu' | 'lxc') => {
    const guest = sim.inventory().guests.find((g) => g.type === type && g.status === 'running');
    if (!guest) throw new Error(`scenario has no running ${type}`);

    return guest;
  };

  it('wraps /cluster/resources in {"data": ...} with Perl-style 0/1 flags', async () => {
    const res = await pve<ListBody>(sim, '/cluster/resources?type=vm');

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.body.data.length).toBe(sim.inventory().guests.length);
    for (const row of res.body.data) {
      expect([0, 1]).toContain(row['template']);
      expect(typeof row['vmid']).toBe('number');
      expect(row['id']).toBe(`${row['type']}/${row['vmid']}`);
    }
    const running = res.body.data.find((row) => row['status'] === 'running') as Row;
    for (const key of [
      'cpu',
      'mem',
      'maxmem',
      'netin',
      'netout',
      'diskread',
      'diskwrite',
      'uptime',
    ]) {
      expect(typeof running[key]).toBe('number');
    }
  });

  it('lists every node with its fingerprint and loopback cluster members', async () => {
    const nodes = await pve<ListBody>(sim, '/nodes');
    const status = await pve<ListBody>(sim, '/cluster/status');

    expect(nodes.body.data.map((n) => n['node'])).toEqual(['pve1', 'pve2', 'pve3']);
    expect(nodes.body.data[0]['ssl_fingerprint']).toBe(sim.fingerprints.pve);
    const members = status.body.data.filter((row) => row['type'] === 'node');
    expect(members).toHaveLength(3);
    for (const member of members) expect(member['ip']).toMatch(/^127\.0\.0\.\d+$/);
    expect(status.body.data[0]).toMatchObject({ type: 'cluster', quorate: 1, nodes: 3 });
  });

  it('reports node status with string loadavg and the memory fields Pulse reads', async () => {
    const res = await pve<ObjectBody>(sim, '/nodes/pve1/status');
    const data = res.body.data;

    expect((data['loadavg'] as unknown[]).every((v) => typeof v === 'string')).toBe(true);
    expect(typeof (data['cpuinfo'] as Row)['mhz']).toBe('string');
    expect(data['memory']).toEqual(
      expect.objectContaining({ total: expect.any(Number), used: expect.any(Number) }),
    );
    expect(data['pveversion']).toMatch(/^pve-manager\/8\.4\.1\//);
  });

  it('answers an unknown node with the hostname lookup error', async () => {
    const res = await pve<Row>(sim, '/nodes/nope/status');

    expect(res.status).toBe(500);
    expect(res.body['message']).toContain("hostname lookup 'nope' failed");
  });

  it('sends LXC VMIDs as strings in /nodes/{node}/lxc', async () => {
    const ct = runningGuest('lxc');
    const res = await pve<ListBody>(sim, `/nodes/${ct.node}/lxc`);
    const row = res.body.data.find((r) => r['vmid'] === String(ct.vmid));

    expect(row).toMatchObject({ type: 'lxc', status: 'running' });
  });

  it('rejects the undeclared rrddata parameter ds with 400 and serves the plain call', async () => {
    const bad = await pve<Row>(sim, '/nodes/pve1/rrddata?timeframe=hour&cf=AVERAGE&ds=memused');
    const good = await pve<ListBody>(sim, '/nodes/pve1/rrddata?timeframe=hour&cf=AVERAGE');

    expect(bad.status).toBe(400);
    expect(bad.body['errors']).toHaveProperty('ds');
    expect(good.body.data).toHaveLength(70);
    expect(good.body.data[0]).toHaveProperty('memused');
  });

  it('lists shared storage under every node and local storage only where it exists', async () => {
    const perNode = await Promise.all(
      ['pve1', 'pve2', 'pve3'].map((n) => pve<ListBody>(sim, `/nodes/${n}/storage`)),
    );
    const names = perNode.map((res) => res.body.data.map((s) => s['storage']));

    for (const list of names) expect(list).toEqual(expect.arrayContaining(['local', 'pbs-main']));
    for (const list of names)
      expect(list).toEqual(expect.arrayContaining(['ceph-rbd', 'nfs-backup']));
    expect(names[0]).toContain('local-zfs');
    expect(names[1]).toContain('local-lvm');
    const shared = perNode.map((res) => res.body.data.find((s) => s['storage'] === 'nfs-backup'));
    expect(shared.every((s) => s?.['shared'] === 1 && s?.['active'] === 1)).toBe(true);
    expect(new Set(shared.map((s) => s?.['used'])).size).toBe(1);
  });

  it('lists vzdump and PBS backups in storage content', async () => {
    const pbsContent = await pve<ListBody>(sim, '/nodes/pve1/storage/pbs-main/content');
    const nfs = await pve<ListBody>(sim, '/nodes/pve2/storage/nfs-backup/content?content=backup');

    expect(pbsContent.body.data.length).toBeGreaterThan(0);
    expect(pbsContent.body.data[0]['volid']).toMatch(/^pbs-main:backup\/(vm|ct)\/\d+\/\d{4}-/);
    expect(pbsContent.body.data[0]['format']).toMatch(/^pbs-(vm|ct)$/);
    expect(nfs.body.data.length).toBeGreaterThan(0);
    expect(nfs.body.data[0]['volid']).toMatch(/^nfs-backup:backup\/vzdump-(qemu|lxc)-\d+-/);
    expect(nfs.body.data.every((item) => item['content'] === 'backup')).toBe(true);
  });

  it('keeps vzdump tasks with end time and status in the node task list', async () => {
    const res = await pve<{ data: Row[]; total: number }>(
      sim,
      '/nodes/pve1/tasks?typefilter=vzdump',
    );

    expect(res.body.total).toBeGreaterThan(0);
    const task = res.body.data[0];
    expect(task['upid']).toMatch(/^UPID:pve1:[0-9A-F]{8}:/);
    expect(typeof task['id']).toBe('string');
    expect(task['endtime'] as number).toBeGreaterThanOrEqual(task['starttime'] as number);
  });

  it('answers guest agent calls, and the agent errors, per VM', async () => {
    const guests = sim.inventory().guests.filter((g) => g.type === 'qemu' && !g.template);
    const answers = await Promise.all(
      guests.map((g) => pve<Row>(sim, `/nodes/${g.node}/qemu/${g.vmid}/agent/get-osinfo`)),
    );
    const messages = answers.map((a) => (a.status === 200 ? 'ok' : String(a.body['message'])));

    expect(messages).toContain('ok');
    expect(messages.some((m) => m.includes('No QEMU guest agent configured'))).toBe(true);
    const ok = answers.find((a) => a.status === 200)?.body['data'] as { result: Row };
    expect(ok.result).toHaveProperty('pretty-name');
  });

  it('returns snapshots with the trailing "current" entry', async () => {
    const guest = runningGuest('qemu');
    const res = await pve<ListBody>(sim, `/nodes/${guest.node}/qemu/${guest.vmid}/snapshot`);

    expect(res.body.data[res.body.data.length - 1]).toMatchObject({ name: 'current', running: 1 });
  });

  it('serves disks with SMART health, ZFS pools and Ceph status', async () => {
    const disks = await pve<ListBody>(sim, '/nodes/pve1/disks/list');
    const pools = await pve<ListBody>(sim, '/nodes/pve1/disks/zfs');
    const detail = await pve<ObjectBody>(sim, '/nodes/pve1/disks/zfs/rpool');
    const ceph = await pve<ObjectBody>(sim, '/cluster/ceph/status');
    const df = await pve<Row>(sim, '/cluster/ceph/df');

    expect(disks.body.data[0]).toEqual(expect.objectContaining({ devpath: '/dev/nvme0n1' }));
    expect(disks.body.data[0]).toHaveProperty('wearout');
    expect(pools.body.data[0]).toMatchObject({ name: 'rpool' });
    expect(detail.body.data['children']).toEqual(expect.any(Array));
    expect((ceph.body.data['health'] as Row)['status']).toBe('HEALTH_OK');
    expect(df.status).toBe(501);
  });

  it('reports NVMe SMART as text with temperature and wear, ATA as attributes', async () => {
    const disks = (await pve<ListBody>(sim, '/nodes/pve1/disks/list')).body.data;
    const smartOf = async (devpath: unknown) =>
      (await pve<ObjectBody>(sim, `/nodes/pve1/disks/smart?disk=${String(devpath)}`)).body.data;
    const nvme = disks.find((disk) => disk['type'] === 'nvme') as Row;
    const nvmeSmart = await smartOf(nvme['devpath']);

    expect(nvmeSmart['type']).toBe('text');
    expect(nvmeSmart['text']).toMatch(/^Temperature:\s+\d+ Celsius$/m);
    expect(nvmeSmart['text']).toContain(`Percentage Used:`);
    const ata = disks.find((disk) => disk['type'] !== 'nvme');
    if (ata) {
      const attributes = (await smartOf(ata['devpath']))['attributes'] as Row[];
      expect(attributes.map((attribute) => attribute['name'])).toContain('Temperature_Celsius');
    }
  });

  it('keeps network and disk counters monotonic across ticks', async () => {
    const before = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    for (let i = 0; i < 5; i++) sim.tick();
    const after = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    const byId = new Map(after.body.data.map((row) => [row['id'], row]));
    const counters = ['netin', 'netout', 'diskread', 'diskwrite'];
    let grew = 0;
    for (const row of before.body.data) {
      const next = byId.get(row['id']) as Row;
      const continuous =
        row['status'] === 'running' &&
        next['status'] === 'running' &&
        next['node'] === row['node'] &&
        (next['uptime'] as number) >= (row['uptime'] as number);
      if (!continuous) continue;
      for (const key of counters) {
        expect(next[key] as number).toBeGreaterThanOrEqual(row[key] as number);
        if ((next[key] as number) > (row[key] as number)) grew++;
      }
    }
    expect(grew).toBeGreaterThan(0);
  });

  it('moves a guest to another node on migration', async () => {
    const guest = runningGuest('qemu');
    const target = guest.node === 'pve2' ? 'pve3' : 'pve2';
    sim.actions.migrate(guest.vmid, target);

    const res = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    const row = res.body.data.find((r) => r['vmid'] === guest.vmid);
    const oldHome = await pve<Row>(sim, `/nodes/${guest.node}/qemu/${guest.vmid}/status/current`);
    const tasks = await pve<ListBody>(sim, `/nodes/${guest.node}/tasks?typefilter=qmigrate`);

    expect(row?.['node']).toBe(target);
    expect(oldHome.status).toBe(500);
    expect(tasks.body.data[0]['id']).toBe(String(guest.vmid));
  });
});

describe('PVE 9 memory fields', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({
      tickMs: 0,
      tls: false,
      scenario: { nodes: 1, guests: 2, pveVersion: '9.0.3' },
    });
  });

  afterAll(() => sim.close());

  it('adds memory.available to node status and memavailable to node RRD rows', async () => {
    const status = await pve<ObjectBody>(sim, '/nodes/pve1/status');
    const rrd = await pve<ListBody>(sim, '/nodes/pve1/rrddata?timeframe=hour&cf=AVERAGE');
    const memory = status.body.data['memory'] as Record<string, number>;

    expect(memory['available']).toBeGreaterThan(0);
    expect(memory['available']).toBeLessThanOrEqual(memory['total']);
    expect(rrd.body.data[0]).toHaveProperty('memavailable');
    expect(rrd.body.data[rrd.body.data.length - 1]).toEqual({ time: expect.any(Number) });
  });
});

describe('PVE live events', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({
      tickMs: 0,
      tls: false,
      scenario: {
        nodes: 2,
        guests: 8,
        containerRatio: 0.5,
        stoppedRatio: 0,
        events: { stop: 0, start: 0, migrate: 1, backup: 0 },
      },
    });
  });

  afterAll(() => sim.close());

  it('migrates running guests on ticks when the scenario asks for it', async () => {
    const before = new Map(sim.inventory().guests.map((g) => [g.vmid, g.node]));
    sim.tick();
    const moved = sim
      .inventory()
      .guests.filter((g) => !g.template && before.get(g.vmid) !== g.node);

    expect(moved.length).toBeGreaterThan(0);
    const res = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    for (const guest of moved) {
      expect(res.body.data.find((r) => r['vmid'] === guest.vmid)?.['node']).toBe(guest.node);
    }
  });

  it('describes containers through config and interfaces', async () => {
    const ct = sim.inventory().guests.find((g) => g.type === 'lxc' && g.status === 'running');
    if (!ct) throw new Error('scenario has no running container');
    const config = await pve<ObjectBody>(sim, `/nodes/${ct.node}/lxc/${ct.vmid}/config`);
    const ifaces = await pve<ListBody>(sim, `/nodes/${ct.node}/lxc/${ct.vmid}/interfaces`);

    expect(config.body.data['net0']).toMatch(/^name=eth0,.*hwaddr=BC:24:11:/);
    expect(config.body.data['rootfs']).toMatch(/^local-(lvm|zfs):/);
    expect(ifaces.body.data.map((i) => i['name'])).toEqual(['lo', 'eth0']);
  });
});
