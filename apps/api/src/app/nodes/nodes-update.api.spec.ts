import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';

import { createPulseApp } from '../../services/bootstrap/create-app';
import { loadConfig } from '../../services/config/load-config';
import { KEY_FILE_NAME } from '../../services/crypto/key-file';
import { startTestApp, TestApp } from '../../test/test-app';

describe('node updates and unsaved tests against the Proxmox simulator', () => {
  let sim: Simulator;
  let testApp: TestApp;
  const api = () => request(testApp.server);
  const nodes = async () => (await api().get('/api/config/nodes').expect(200)).body;
  const nodeById = async (id: string) =>
    (await nodes()).find((node: { id: string }) => node.id === id);

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      scenario: { nodes: 1, guests: 4 },
      seed: 11,
      tickMs: 0,
    });
    testApp = await startTestApp({ env: { CONNECTION_TIMEOUT: '2s' } });
  });

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  const pve = () => ({
    type: 'pve',
    name: 'Edge node',
    host: sim.pve.url,
    tokenName: sim.credentials.pve.tokenId,
    tokenValue: sim.credentials.pve.tokenSecret,
  });
  const pmg = () => ({
    type: 'pmg',
    name: 'Mail relay',
    host: sim.pmg.url,
    user: sim.credentials.pmg.user,
    password: sim.credentials.pmg.password,
  });

  describe('POST /api/config/nodes/test-config', () => {
    const testConfig = (body: object) => api().post('/api/config/nodes/test-config').send(body);

    it('tests unsaved settings and stores nothing', async () => {
      const res = await testConfig(pve()).expect(200);

      expect(res.body).toMatchObject({ status: 'success', isCluster: false, nodeCount: 1 });
      expect(res.body.latency).toEqual(expect.any(Number));
      expect(await nodes()).toEqual([]);
    });

    it('answers a wrong password with 400, the error class and no secret', async () => {
      const res = await testConfig({ ...pmg(), password: 'not-the-password' }).expect(400);

      expect(res.body).toMatchObject({ status: 'error', errorKind: 'auth' });
      expect(res.text).not.toContain('not-the-password');
      expect(await nodes()).toEqual([]);
    });

    it('refuses missing credentials before trying to connect', async () => {
      const res = await testConfig({ type: 'pve', name: 'x', host: sim.pve.url }).expect(400);

      expect(res.body.error).toMatch(/Authentication credentials required/);
    });
  });

  describe('PUT /api/config/nodes/:id', () => {
    let before: unknown[];

    beforeAll(async () => {
      await api().post('/api/config/nodes').send(pve()).expect(201);
      await api().post('/api/config/nodes').send(pmg()).expect(201);
      const { user, password } = sim.credentials.pve;
      const byPassword = {
        type: 'pve',
        name: 'Edge by password',
        host: sim.pve.url,
        user,
        password,
      };
      await api().post('/api/config/nodes').send(byPassword).expect(201);
    });

    beforeEach(async () => {
      before = await nodes();
    });

    it.each([
      ['a host that is not a URL', 'pve-0', { host: 'https://pve one/x' }, 400, /valid URL|path/],
      ['another node name in other case', 'pve-0', { name: 'MAIL RELAY' }, 409, /already exists/],
      ['a change of type', 'pve-0', { type: 'pbs' }, 400, /type of a node cannot change/],
      ['a wrong field type', 'pve-0', { verifySSL: 'yes' }, 400, /verifySSL must be a boolean/],
      ['a token secret without its name', 'pve-1', { tokenValue: 'abc' }, 400, /tokenName/],
    ])('refuses %s and writes nothing', async (_, id, body, status, message) => {
      const res = await api().put(`/api/config/nodes/${id}`).send(body).expect(status);

      expect(res.body.error).toMatch(message);
      expect(await nodes()).toEqual(before);
    });

    it('refuses a token for the Mail Gateway and keeps its password', async () => {
      const res = await api()
        .put('/api/config/nodes/pmg-0')
        .send({ tokenName: 'root@pam!x', tokenValue: 'abc' })
        .expect(400);

      expect(res.body.error).toMatch(/password login only/);
      expect(await nodes()).toEqual(before);
      expect((await api().post('/api/config/nodes/pmg-0/test').expect(200)).body.status).toBe(
        'success',
      );
    });

    it('keeps the stored name and host when they are sent empty', async () => {
      await api()
        .put('/api/config/nodes/pve-0')
        .send({ name: '', host: '  ', monitorStorage: false })
        .expect(200);

      expect(await nodeById('pve-0')).toMatchObject({
        name: 'Edge node',
        host: sim.pve.url,
        monitorStorage: false,
      });
    });

    it('replaces the token secret when only the secret is sent', async () => {
      await api().put('/api/config/nodes/pve-0').send({ tokenValue: 'rotated-away' }).expect(200);
      const failed = await api().post('/api/config/nodes/pve-0/test').expect(400);
      expect(failed.body.errorKind).toBe('auth');

      await api()
        .put('/api/config/nodes/pve-0')
        .send({ tokenValue: sim.credentials.pve.tokenSecret })
        .expect(200);
      const passed = await api().post('/api/config/nodes/pve-0/test').expect(200);
      expect(passed.body.status).toBe('success');
      expect(await nodeById('pve-0')).toMatchObject({
        tokenName: sim.credentials.pve.tokenId,
        hasToken: true,
        hasPassword: false,
      });
    });
  });

  describe('a wrong encryption key', () => {
    it('stops the start with a clear error and keeps the nodes', async () => {
      const keyPath = join(testApp.dataDir, KEY_FILE_NAME);
      const original = readFileSync(keyPath);
      writeFileSync(keyPath, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
      const config = loadConfig({
        PULSE_DATA_DIR: testApp.dataDir,
        PULSE_METRICS_PORT: 'off',
        LOG_LEVEL: 'error',
      });
      const app = await createPulseApp({ config, logSink: { write: () => undefined } });

      try {
        await expect(app.init()).rejects.toThrow(/encryption key does not match/);
      } finally {
        await app.close();
        writeFileSync(keyPath, original, { mode: 0o600 });
      }
      expect(await nodes()).toHaveLength(3);
    });
  });
});
