import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { readWorkspaceVersion } from './build-info';

describe('system routes', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  describe('GET /api/health', () => {
    it('reports a healthy server with every field typed as documented', async () => {
      const before = Math.floor(Date.now() / 1000);
      const res = await request(testApp.server).get('/api/health').expect(200);

      expect(res.type).toBe('application/json');
      expect(Object.keys(res.body).sort()).toEqual([
        'proxyInstallScriptAvailable',
        'status',
        'timestamp',
        'uptime',
      ]);
      expect(res.body.status).toBe('healthy');
      expect(Number.isInteger(res.body.timestamp)).toBe(true);
      expect(res.body.timestamp).toBeGreaterThanOrEqual(before);
      expect(typeof res.body.uptime).toBe('number');
      expect(res.body.uptime).toBeGreaterThan(0);
      expect(res.body.proxyInstallScriptAvailable).toBe(true);
    });

    it('answers HEAD with the headers only', async () => {
      const res = await request(testApp.server).head('/api/health').expect(200);

      expect(res.type).toBe('application/json');
      expect(res.text).toBeUndefined();
    });
  });

  describe('GET /api/version', () => {
    it('reports the version, build and deployment with every field typed', async () => {
      const res = await request(testApp.server).get('/api/version').expect(200);

      expect(res.body).toMatchObject({
        version: expect.stringMatching(/^v\d+\.\d+\.\d+/),
        build: 'development',
        buildTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
        runtime: 'node',
        goVersion: process.version,
        channel: expect.stringMatching(/^(stable|rc)$/),
        deploymentType: expect.any(String),
        isDocker: expect.any(Boolean),
        isSourceBuild: expect.any(Boolean),
        isDevelopment: true,
        containerized: expect.any(Boolean),
        updateAvailable: false,
      });
      expect(res.body.version).toBe(`v${readWorkspaceVersion(__dirname)}`);
      expect(Date.parse(res.body.buildTime)).toBeLessThanOrEqual(Date.now());
      expect(res.body.containerId === undefined).toBe(!res.body.containerized);
    });

    it('answers HEAD', async () => {
      await request(testApp.server).head('/api/version').expect(200);
    });
  });
});

describe('GET /api/health with PULSE_DEV_ALLOW_CONTAINER_SSH', () => {
  it('adds devModeSSH', async () => {
    const testApp = await startTestApp({ env: { PULSE_DEV_ALLOW_CONTAINER_SSH: 'true' } });

    const res = await request(testApp.server).get('/api/health').expect(200);

    expect(res.body.devModeSSH).toBe(true);
    await testApp.close();
  });
});
