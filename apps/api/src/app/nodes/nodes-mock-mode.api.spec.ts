import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { simNodeBodies } from '../polling/testing/sim-instances';
import { NodesService } from './nodes.service';

jest.setTimeout(60_000);

interface Entry {
  id: string;
  type: string;
  name: string;
  [field: string]: unknown;
}

describe('node configuration in mock mode', () => {
  let sim: Simulator;
  let testApp: TestApp;
  const api = () => request(testApp.server);
  const mockMode = (body: object) => api().put('/api/system/mock-mode').send(body).expect(200);

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', scenario: { nodes: 1, guests: 1 }, seed: 9 });
    testApp = await startTestApp({ env: { CONNECTION_TIMEOUT: '2s' } });
    await api().post('/api/config/nodes').send(simNodeBodies(sim).pve).expect(201);
    await mockMode({ enabled: true, config: { nodeCount: 6, vmsPerNode: 1, lxcsPerNode: 1 } });
  });

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  it('lists the synthetic instances instead of the stored nodes', async () => {
    const { body } = await api().get('/api/config/nodes').expect(200);

    const names = body.map((entry: Entry) => `${entry.id}:${entry.name}`);
    expect(names.slice(0, 2)).toEqual(['pve-0:mock-cluster', 'pve-1:standalone1']);
    expect(names).toContain('pbs-0:main');
    expect(names).toContain('pmg-0:main');
    expect(names.join()).not.toContain('Main');

    const [cluster, standalone] = body as Entry[];
    expect(cluster).toMatchObject({
      type: 'pve',
      status: 'connected',
      isCluster: true,
      clusterName: 'mock-cluster',
      hasToken: true,
      monitorVMs: true,
    });
    const endpoints = cluster['clusterEndpoints'] as { NodeName: string; Online: boolean }[];
    expect(endpoints.map((member) => `${member.NodeName}:${member.Online}`)).toEqual([
      'pve1:true',
      'pve2:true',
      'pve3:false',
      'pve4:true',
      'pve5:true',
    ]);
    expect(standalone).toMatchObject({ isCluster: false, host: 'https://standalone1.local:8006' });
    expect(JSON.stringify(body)).not.toMatch(/password"|tokenValue/);
  });

  it('follows a change of the mock config', async () => {
    await mockMode({ config: { nodeCount: 2 } });
    const { body } = await api().get('/api/config/nodes').expect(200);

    const pve = body.filter((entry: Entry) => entry.type === 'pve');
    expect(pve).toHaveLength(1);
    expect(pve[0].clusterEndpoints).toHaveLength(2);
  });

  it('refuses to add a node with 403 and an error, before looking at the body', async () => {
    const bodies: object[] = [simNodeBodies(sim, { pve: 'Other', pbs: 'B', pmg: 'M' }).pve, {}];
    for (const body of bodies) {
      const res = await api().post('/api/config/nodes').send(body).expect(403);

      expect(res.body).toEqual(expect.objectContaining({ error: expect.any(String) }));
      expect(res.body.error).toMatch(/mock mode/i);
    }
  });

  it('refuses updates and deletes with 403: a synthetic id never hits a stored node', async () => {
    const stored = await testApp.app.get(NodesService).list();
    const id = stored[0].id;

    const put = await api().put(`/api/config/nodes/${id}`).send({ name: 'Renamed' }).expect(403);
    expect(put.body.error).toMatch(/mock mode/i);
    const del = await api().delete(`/api/config/nodes/${id}`).expect(403);
    expect(del.body.error).toMatch(/mock mode/i);
    expect((await testApp.app.get(NodesService).list()).map((node) => node.name)).toEqual(['Main']);
  });

  it('lists and adds real nodes again once mock mode is off, not the refused one', async () => {
    await mockMode({ enabled: false });

    const { body } = await api().get('/api/config/nodes').expect(200);
    expect(body.map((entry: Entry) => entry.name)).toEqual(['Main']);
    await api()
      .post('/api/config/nodes')
      .send(simNodeBodies(sim, { pve: 'Main', pbs: 'Backups', pmg: 'Mail' }).pbs)
      .expect(201);
    const after = await api().get('/api/config/nodes').expect(200);
    expect(after.body.map((entry: Entry) => entry.name).sort()).toEqual(['Backups', 'Main']);
  });
});
