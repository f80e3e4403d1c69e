import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { simNodeBodies } from './testing/sim-instances';
import { waitFor } from '../../test/wait-for';

jest.setTimeout(60_000);

describe('poller log lines and the request that added the node', () => {
  let sim: Simulator;
  let testApp: TestApp;

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', scenario: { nodes: 1, guests: 1 }, seed: 3 });
    testApp = await startTestApp({
      env: { PVE_POLLING_INTERVAL: '300ms', CONNECTION_TIMEOUT: '2s' },
    });
  });

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  const linesOf = (message: string) => testApp.logs.find((entry) => entry['msg'] === message);

  it('keeps the request id on the request lines and off the poller lines', async () => {
    await request(testApp.server)
      .post('/api/config/nodes')
      .set('X-Request-ID', 'add-node-7')
      .send(simNodeBodies(sim).pve)
      .expect(201);

    const [online] = await waitFor('the poller to report the instance online', async () => {
      const lines = linesOf('Instance online');

      return lines.length > 0 && lines;
    });
    expect(online).toMatchObject({ context: 'Polling', instance: 'Main' });
    expect(online).not.toHaveProperty('requestId');

    const [added] = linesOf('Node added');
    expect(added).toMatchObject({ requestId: 'add-node-7' });
    const tagged = testApp.logs.find((entry) => entry['requestId'] === 'add-node-7');
    expect(tagged.map((entry) => entry['msg'])).not.toContain('Instance online');
  });

  it('starts the pollers of a changed node outside the request too', async () => {
    const before = linesOf('Instance online').length;
    const [node] = (await request(testApp.server).get('/api/config/nodes').expect(200)).body;
    await request(testApp.server)
      .put(`/api/config/nodes/${node.id}`)
      .set('X-Request-ID', 'change-node-8')
      .send({ verifySSL: false })
      .expect(200);

    const lines = await waitFor('the restarted poller to report online', async () => {
      const found = linesOf('Instance online');

      return found.length > before && found;
    });
    expect(lines.slice(before).every((entry) => !('requestId' in entry))).toBe(true);
    const tagged = testApp.logs.find((entry) => entry['requestId'] === 'change-node-8');
    expect(tagged.length).toBeGreaterThan(0);
  });
});
