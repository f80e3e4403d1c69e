import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';

import { createPulseApp } from '../../services/bootstrap/create-app';
import { loadConfig } from '../../services/config/load-config';
import { KEY_FILE_NAME } from '../../services/crypto/key-file';
import { startTestApp, TestApp } from '../../test/test-app';
import { NodeConfigEvent, NodesService } from './nodes.service';

describe('node management API against the Proxmox simulator', () => {
  let sim: Simulator;
  let testApp: TestApp;
  const api = () => request(testApp.server);

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      scenario: { nodes: 3, guests: 12 },
      seed: 7,
      tickMs: 0,
    });
    testApp = await startTestApp({ env: { CONNECTION_TIMEOUT: '2s' } });
  });

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  afterEach(() => sim.faults.reset());

  const pve = () => ({
    type: 'pve',
    name: 'Main cluster',
    host: sim.pve.url,
    tokenName: sim.credentials.pve.tokenId,
    tokenValue: sim.credentials.pve.tokenSecret,
  });
  const pbs = () => ({
    type: 'pbs',
    name: 'Backups',
    host: sim.pbs.url,
    tokenName: sim.credentials.pbs.tokenId,
    tokenValue: sim.credentials.pbs.tokenSecret,
  });
  const pmg = () => ({
    type: 'pmg',
    name: 'Mail',
    host: sim.pmg.url,
    user: sim.credentials.pmg.user,
    password: sim.credentials.pmg.password,
  });

  describe('adding and listing', () => {
    it('adds a PVE cluster by token and discovers its members', async () => {
      const res = await api().post('/api/config/nodes').send(pve()).expect(201);

      expect(res.body).toEqual({ status: 'success', id: 'pve-0' });
      const [node] = (await api().get('/api/config/nodes').expect(200)).body;
      expect(node).toMatchObject({
        id: 'pve-0',
        type: 'pve',
        name: 'Main cluster',
        host: sim.pve.url,
        hasToken: true,
        hasPassword: false,
        tokenName: sim.credentials.pve.tokenId,
        verifySSL: false,
        monitorVMs: true,
        status: 'connected',
        isCluster: true,
      });
      expect(node.clusterEndpoints).toHaveLength(3);
      for (const member of node.clusterEndpoints) {
        expect(member.IP).toMatch(/^127\./);
        expect(Object.keys(member).sort()).toEqual(
          ['GuestURL', 'Host', 'IP', 'LastSeen', 'NodeID', 'NodeName', 'Online'].sort(),
        );
      }
    });

    it('adds a PBS by token and a PMG by password', async () => {
      expect((await api().post('/api/config/nodes').send(pbs()).expect(201)).body.id).toBe('pbs-0');
      expect((await api().post('/api/config/nodes').send(pmg()).expect(201)).body.id).toBe('pmg-0');

      const nodes = (await api().get('/api/config/nodes').expect(200)).body;
      expect(nodes.map((node: { id: string }) => node.id)).toEqual(['pbs-0', 'pmg-0', 'pve-0']);
      const mail = nodes.find((node: { id: string }) => node.id === 'pmg-0');
      expect(mail).toMatchObject({ hasPassword: true, hasToken: false, monitorMailStats: true });
      expect(mail.monitorVMs).toBeUndefined();
    });

    it('never sends a secret back', async () => {
      const text = (await api().get('/api/config/nodes').expect(200)).text;

      expect(text).not.toContain(sim.credentials.pve.tokenSecret);
      expect(text).not.toContain(sim.credentials.pbs.tokenSecret);
      expect(text).not.toContain(sim.credentials.pmg.password);
      expect(text).not.toMatch(/sealed|tokenValue|"password"/);
    });

    it('tests each stored node successfully', async () => {
      for (const id of ['pve-0', 'pbs-0', 'pmg-0']) {
        const res = await api().post(`/api/config/nodes/${id}/test`).expect(200);

        expect(res.body.status).toBe('success');
        expect(res.body.latency).toEqual(expect.any(Number));
      }
      const cluster = await api().post('/api/config/nodes/pve-0/test').expect(200);
      expect(cluster.body).toMatchObject({ isCluster: true, clusterNodeCount: 3 });
      const backup = await api().post('/api/config/nodes/pbs-0/test').expect(200);
      expect(backup.body.datastoreCount).toBeGreaterThan(0);
    });
  });

  describe('connection tests classify failures', () => {
    const test = (body: object) => api().post('/api/config/nodes/test-connection').send(body);

    it('succeeds for good settings of every product', async () => {
      for (const body of [pve(), pbs(), pmg()]) {
        expect((await test(body).expect(200)).body.status).toBe('success');
      }
    });

    it('reports a wrong secret as an authentication failure', async () => {
      const res = await test({ ...pve(), tokenValue: 'wrong-secret-value' }).expect(400);

      expect(res.body).toMatchObject({ status: 'error', errorKind: 'auth' });
      expect(res.body.error).toBe(res.body.message);
      expect(res.text).not.toContain('wrong-secret-value');
    });

    it('accepts a pinned certificate and reports a changed one as a TLS failure', async () => {
      const pinned = { ...pbs(), fingerprint: sim.fingerprints.pbs };
      expect((await test(pinned).expect(200)).body.status).toBe('success');

      await sim.faults.rotateCertificate('pbs');
      const res = await test(pinned).expect(400);

      expect(res.body.errorKind).toBe('tls');
      expect(res.body.message).toMatch(/fingerprint/i);
    });

    it('reports an offline host as unreachable', async () => {
      const res = await test({ ...pve(), host: `https://127.0.0.1:${await closedPort()}` });

      expect(res.status).toBe(400);
      expect(res.body.errorKind).toBe('unreachable');
    });

    it('reports a host that never answers as a timeout', async () => {
      const res = await test({ ...pve(), host: sim.blackhole.url }).expect(400);

      expect(res.body.errorKind).toBe('timeout');
    });
  });

  describe('bad input writes nothing', () => {
    const post = (body: object) => api().post('/api/config/nodes').send(body);
    let before: number;

    beforeEach(async () => {
      before = (await api().get('/api/config/nodes')).body.length;
    });

    afterEach(async () => {
      expect((await api().get('/api/config/nodes')).body).toHaveLength(before);
    });

    it('refuses a host that is not a URL', async () => {
      const res = await post({ ...pve(), name: 'x', host: 'https://pve one/path' }).expect(400);

      expect(res.body.error).toMatch(/not a valid URL|must not have a path/);
    });

    it('refuses an unknown type', async () => {
      const res = await post({ ...pve(), name: 'x', type: 'vmware' }).expect(400);

      expect(res.body.error).toMatch(/type must be one of pve, pbs or pmg/);
    });

    it('refuses missing credentials', async () => {
      const res = await post({ type: 'pve', name: 'x', host: sim.pve.url }).expect(400);

      expect(res.body.error).toMatch(/Authentication credentials required/);
    });

    it('refuses a token for PMG, which only knows passwords', async () => {
      const res = await post({ ...pbs(), type: 'pmg', name: 'x', host: sim.pmg.url }).expect(400);

      expect(res.body.error).toMatch(/password login only/);
    });

    it('refuses a duplicate name whatever its case', async () => {
      const res = await post({ ...pve(), name: 'MAIN CLUSTER' }).expect(409);

      expect(res.body).toEqual(
        expect.objectContaining({ error: 'A node with this name already exists' }),
      );
    });

    it('refuses unknown fields and wrong types', async () => {
      await post({ ...pve(), name: 'x', extra: 1 }).expect(400);
      await post({ ...pve(), name: 'x', verifySSL: 'yes' }).expect(400);
    });
  });

  describe('changing and removing', () => {
    it('updates fields, keeps secrets that are left out, and 404s an unknown id', async () => {
      await api()
        .put('/api/config/nodes/pve-0')
        .send({ name: 'Renamed', monitorVMs: false })
        .expect(200);

      const node = (await api().get('/api/config/nodes')).body.find(
        (n: { id: string }) => n.id === 'pve-0',
      );
      expect(node).toMatchObject({ name: 'Renamed', monitorVMs: false, monitorContainers: true });
      expect((await api().post('/api/config/nodes/pve-0/test').expect(200)).body.status).toBe(
        'success',
      );
      await api().put('/api/config/nodes/pve-99').send({ name: 'x' }).expect(404);
      await api().put('/api/config/nodes/not-an-id').send({ name: 'x' }).expect(400);
    });

    it('keeps every other id when a node is deleted and never reuses the deleted one', async () => {
      await api().delete('/api/config/nodes/pbs-0').expect(200);
      await api().delete('/api/config/nodes/pbs-0').expect(404);

      const res = await api().post('/api/config/nodes').send(pbs()).expect(201);

      expect(res.body.id).toBe('pbs-1');
      const ids = (await api().get('/api/config/nodes')).body.map((n: { id: string }) => n.id);
      expect(ids).toEqual(['pbs-1', 'pmg-0', 'pve-0']);
    });
  });

  describe('for the pollers', () => {
    it('announces changes and hands out targets with opened secrets', async () => {
      const nodes = testApp.app.get(NodesService);
      const events: NodeConfigEvent[] = [];
      const subscription = nodes.changes$.subscribe((event) => events.push(event));

      await api().put('/api/config/nodes/pmg-0').send({ monitorQueues: false }).expect(200);
      subscription.unsubscribe();
      const target = await nodes.pollTarget('pmg-0');

      expect(events).toEqual([{ kind: 'updated', id: 'pmg-0', type: 'pmg' }]);
      expect(target).toMatchObject({
        id: 'pmg-0',
        name: 'Mail',
        password: sim.credentials.pmg.password,
        monitoring: expect.objectContaining({ monitorQueues: false }),
      });
      const cluster = await nodes.pollTarget('pve-0');
      expect(cluster?.tokenValue).toBe(sim.credentials.pve.tokenSecret);
      expect(cluster?.clusterEndpoints).toHaveLength(3);
    });
  });

  describe('secrets at rest', () => {
    it('keeps no secret in plain text anywhere in the data directory', () => {
      const secrets = [
        sim.credentials.pve.tokenSecret,
        sim.credentials.pbs.tokenSecret,
        sim.credentials.pmg.password,
      ];
      for (const file of filesUnder(testApp.dataDir)) {
        const content = readFileSync(file).toString('latin1');
        for (const secret of secrets) {
          expect({ file, found: content.includes(secret) }).toEqual({ file, found: false });
        }
      }
      expect(statSync(join(testApp.dataDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    });

    it('refuses to start without the key instead of dropping the nodes', async () => {
      rmSync(join(testApp.dataDir, KEY_FILE_NAME));
      const config = loadConfig({
        PULSE_DATA_DIR: testApp.dataDir,
        PULSE_METRICS_PORT: 'off',
        LOG_LEVEL: 'error',
      });
      const app = await createPulseApp({ config, logSink: { write: () => undefined } });

      await expect(app.init()).rejects.toThrow(/encryption key .* is missing/);
      await app.close();
      expect((await api().get('/api/config/nodes')).body).toHaveLength(3);
    });
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);

    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));

  return port;
}
