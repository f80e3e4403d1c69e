import { Agent } from 'undici';
import { startSimulator } from '../simulator';
import { Simulator } from '../simulator.types';
import { call, pbs, peerFingerprint, pve } from '../testing/api-client';

type Row = Record<string, unknown>;
type Body = { data: Row[]; message?: string };

describe('fault injection', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0 });
  });

  afterEach(() => sim.faults.reset());

  afterAll(() => sim.close());

  it('takes a node offline: 595 on its paths, offline in the cluster views', async () => {
    sim.faults.nodeOffline('pve', 'pve2');
    const status = await pve<Body>(sim, '/nodes/pve2/status');
    const nodes = await pve<Body>(sim, '/nodes');
    const cluster = await pve<Body>(sim, '/cluster/status');
    const guests = await pve<Body>(sim, '/cluster/resources?type=vm');
    const ceph = await pve<{ data: { health: { status: string; checks: Row } } }>(
      sim,
      '/cluster/ceph/status',
    );

    expect(status.status).toBe(595);
    expect(nodes.body.data.find((n) => n['node'] === 'pve2')?.['status']).toBe('offline');
    expect(cluster.body.data.find((n) => n['name'] === 'pve2')?.['online']).toBe(0);
    const onPve2 = guests.body.data.filter((g) => g['node'] === 'pve2');
    expect(onPve2.length).toBeGreaterThan(0);
    expect(onPve2.every((g) => g['status'] === 'unknown')).toBe(true);
    expect(ceph.body.data.health.status).toBe('HEALTH_WARN');
    expect(ceph.body.data.health.checks).toHaveProperty('OSD_DOWN');
    expect((await pve(sim, '/nodes/pve1/status')).status).toBe(200);
  });

  it('adds latency to every answer of a product', async () => {
    sim.faults.latency('pbs', 150);
    const started = Date.now();
    const res = await pbs(sim, '/version');

    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers HTTP 500 at the configured rate', async () => {
    sim.faults.errorRate('pve', 1);
    const always = await Promise.all([1, 2, 3].map(() => pve(sim, '/nodes')));
    sim.faults.reset();
    sim.faults.errorRate('pve', 0);
    const never = await Promise.all([1, 2, 3].map(() => pve(sim, '/nodes')));

    expect(always.map((r) => r.status)).toEqual([500, 500, 500]);
    expect(never.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('answers HTTP 500 on one path only (exact or glob), over the control API too', async () => {
    const guest = sim.inventory().guests.find((g) => g.type === 'qemu' && !g.template);
    const path = `/nodes/${guest?.node}/qemu/${guest?.vmid}/status/current`;
    sim.faults.pathError('pve', path);
    const hit = await pve(sim, path);
    const other = await pve(sim, `/nodes/${guest?.node}/status`);
    sim.faults.reset();
    const created = await call(`${sim.control.url}/faults`, {
      json: { kind: 'error', product: 'pve', path: '/nodes/*/disks/list' },
    });
    const disks = await pve(sim, `/nodes/${guest?.node}/disks/list`);
    const bad = await call<{ error: string }>(`${sim.control.url}/faults`, {
      json: { kind: 'error', product: 'pve', path: 'nodes' },
    });

    expect(hit.status).toBe(500);
    expect(other.status).toBe(200);
    expect(created.status).toBe(201);
    expect(disks.status).toBe(500);
    expect((await pve(sim, '/nodes')).status).toBe(200);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('path');
  });

  it('drops connections by destroying the socket', async () => {
    sim.faults.dropConnections('pmg');

    await expect(call(`${sim.pmg.url}/api2/json/version`)).rejects.toThrow();
  });

  it('fails all authentication while the auth fault is active', async () => {
    sim.faults.authFailure('pve');
    const token = await pve(sim, '/nodes');
    const ticket = await call(`${sim.pve.url}/api2/json/access/ticket`, {
      json: { username: 'root@pam', password: sim.credentials.pve.password },
    });

    expect(token.status).toBe(401);
    expect(ticket.status).toBe(401);
  });

  it('makes the guest agent unavailable for one VM', async () => {
    const vms = sim.inventory().guests.filter((g) => g.type === 'qemu' && g.status === 'running');
    const paths = vms.map((vm) => `/nodes/${vm.node}/qemu/${vm.vmid}/agent/info`);
    const answers = await Promise.all(paths.map((path) => pve<Body>(sim, path)));
    const index = answers.findIndex((answer) => answer.status === 200);
    sim.faults.agentUnavailable(vms[index].vmid);
    const after = await pve<Body>(sim, paths[index]);
    const others = await Promise.all(paths.map((path) => pve<Body>(sim, path)));

    expect(after.status).toBe(500);
    expect(after.body.message).toContain('QEMU guest agent is not running');
    expect(others.filter((r) => r.status === 200)).toHaveLength(
      answers.filter((r) => r.status === 200).length - 1,
    );
  });

  it('holds requests without answering while the hang fault is active', async () => {
    sim.faults.hang('pbs');
    const impatient = new Agent({ connect: { rejectUnauthorized: false }, headersTimeout: 300 });
    const started = Date.now();

    await expect(
      call(`${sim.pbs.url}/api2/json/version`, { dispatcher: impatient }),
    ).rejects.toThrow(/timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await impatient.destroy();
  });

  it('offers a blackhole listener that accepts connections and never answers', async () => {
    const impatient = new Agent({
      connect: { rejectUnauthorized: false, timeout: 300 },
      headersTimeout: 300,
    });

    await expect(
      call(`${sim.blackhole.url}/api2/json/version`, { dispatcher: impatient }),
    ).rejects.toThrow(/timeout/i);
    await impatient.destroy();
  });

  it('rotates a certificate: new fingerprint, same port', async () => {
    const port = sim.pve.port;
    const before = await peerFingerprint(port);
    const rotated = await sim.faults.rotateCertificate('pve');
    const after = await peerFingerprint(port);
    const nodes = await pve<Body>(sim, '/nodes');

    expect(before).not.toBe(rotated);
    expect(after).toBe(rotated);
    expect(sim.fingerprints.pve).toBe(rotated);
    expect(nodes.body.data[0]['ssl_fingerprint']).toBe(rotated);
  });

  it('resets every fault at once', async () => {
    sim.faults.nodeOffline('pve', 'pve1');
    sim.faults.errorRate('pbs', 1);
    sim.faults.reset();

    expect(sim.faults.list()).toEqual([]);
    expect((await pve(sim, '/nodes/pve1/status')).status).toBe(200);
    expect((await pbs(sim, '/version')).status).toBe(200);
  });
});

describe('control API', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0, tls: false });
  });

  afterAll(() => sim.close());

  const control = (path: string) => `${sim.control.url}${path}`;

  it('adds, lists and removes faults over HTTP', async () => {
    const created = await call<{ id: string }>(control('/faults'), {
      json: { kind: 'offline', product: 'pve', node: 'pve3' },
    });
    const listed = await call<unknown[]>(control('/faults'));
    const offline = await pve(sim, '/nodes/pve3/status');
    const removed = await call(control(`/faults/${created.body.id}`), { method: 'DELETE' });
    const online = await pve(sim, '/nodes/pve3/status');

    expect(sim.pve.url).toMatch(/^http:\/\//);
    expect(created.status).toBe(201);
    expect(listed.body).toHaveLength(1);
    expect(offline.status).toBe(595);
    expect(removed.status).toBe(204);
    expect(online.status).toBe(200);
  });

  it('answers bad fault input with 400 and an error message', async () => {
    const res = await call<{ error: string }>(control('/faults'), {
      json: { kind: 'error', product: 'pve', rate: 3 },
    });
    const junk = await call<{ error: string }>(control('/faults'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });

    expect(res.status).toBe(400);
    expect(res.body.error).toContain('rate');
    expect(junk.status).toBe(400);
  });

  it('ticks and migrates on request', async () => {
    const guest = sim.inventory().guests.find((g) => g.status === 'running' && g.node === 'pve1');
    const tick = await call<{ ticks: number }>(control('/tick'), { json: { count: 2 } });
    const moved = await call<{ node: string }>(control(`/guests/${guest?.vmid}/migrate`), {
      json: { target: 'pve2' },
    });
    const missing = await call(control('/guests/99999/start'), { method: 'POST' });

    expect(tick.body.ticks).toBe(2);
    expect(moved.body.node).toBe('pve2');
    expect(missing.status).toBe(404);
  });
});
