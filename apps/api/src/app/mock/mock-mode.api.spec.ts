import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { PollingProbe, simNodeBodies } from '../polling/testing/sim-instances';
import { waitFor } from '../../test/wait-for';

jest.setTimeout(60_000);

const DEFAULT_CONFIG = {
  NodeCount: 7,
  VMsPerNode: 5,
  LXCsPerNode: 8,
  DockerHostCount: 3,
  DockerContainersPerHost: 12,
  GenericHostCount: 4,
  RandomMetrics: true,
  HighLoadNodes: [],
  StoppedPercent: 0.2,
};

interface Item {
  id: string;
  instance: string;
  status: string;
  cpu: number;
}

const instancesOf = (items: Item[]) => [...new Set(items.map((item) => item.instance))].sort();
/** The PVE entries of `connectionHealth`, without PBS, PMG and agent keys. */
const pveHealth = (health: Record<string, boolean>) =>
  Object.fromEntries(
    Object.entries(health).filter(([key]) => !/^(pbs|pmg|docker|host)-/.test(key)),
  );

describe('mock mode API', () => {
  let sim: Simulator;
  let testApp: TestApp;
  let probe: PollingProbe;
  const api = () => request(testApp.server);

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', scenario: { nodes: 2, guests: 4 }, seed: 5 });
    testApp = await startTestApp({
      env: { PVE_POLLING_INTERVAL: '300ms', CONNECTION_TIMEOUT: '2s' },
    });
    probe = new PollingProbe(testApp);
    await api().post('/api/config/nodes').send(simNodeBodies(sim).pve).expect(201);
    await waitFor('the real cluster in /api/state', async () => {
      return instancesOf((await probe.state()).nodes).join() === 'Main';
    });
  });

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  it('reports mock mode off with the default config in PascalCase', async () => {
    const res = await api().get('/api/system/mock-mode').expect(200);

    expect(res.body).toEqual({ enabled: false, config: DEFAULT_CONFIG });
  });

  describe('rejects bad requests with 400 and an error message, changing nothing', () => {
    const bad: [string, unknown][] = [
      ['an array body', [true]],
      ['a non-boolean enabled', { enabled: 'yes' }],
      ['an unknown key', { enabled: true, extra: 1 }],
      ['a config that is not an object', { config: 3 }],
      ['a config that is an array', { config: [{ nodeCount: 2 }] }],
      ['nodeCount 0', { config: { nodeCount: 0 } }],
      ['a fractional node count', { config: { nodeCount: 1.5 } }],
      ['negative vmsPerNode', { config: { vmsPerNode: -1 } }],
      ['negative lxcsPerNode', { config: { lxcsPerNode: -2 } }],
      ['stoppedPercent above 1', { config: { stoppedPercent: 1.5 } }],
      ['stoppedPercent below 0', { config: { stoppedPercent: -0.1 } }],
      ['highLoadNodes that are not strings', { config: { highLoadNodes: [1] } }],
      ['an unknown config key', { config: { clusters: 2 } }],
      ['more guests than the generator allows', { config: { nodeCount: 1000, vmsPerNode: 60 } }],
    ];

    it.each(bad)('POST and PUT refuse %s', async (_what, body) => {
      for (const method of ['post', 'put'] as const) {
        const res = await api()
          [method]('/api/system/mock-mode')
          .send(body as object)
          .expect(400);

        expect(res.body).toEqual(expect.objectContaining({ error: expect.any(String) }));
        expect(res.body.error.length).toBeGreaterThan(0);
      }
      const status = await api().get('/api/system/mock-mode').expect(200);
      expect(status.body).toEqual({ enabled: false, config: DEFAULT_CONFIG });
    });

    it('refuses malformed JSON', async () => {
      const res = await api()
        .post('/api/system/mock-mode')
        .set('Content-Type', 'application/json')
        .send('{"enabled": tru')
        .expect(400);

      expect(res.body.error).toEqual(expect.any(String));
    });
  });

  it('replaces the polled data with mock data while on, and pauses real polling', async () => {
    const res = await api()
      .post('/api/system/mock-mode')
      .send({ enabled: true, config: { nodeCount: 3, vmsPerNode: 2, lxcsPerNode: 1 } })
      .expect(200);
    expect(res.body).toEqual({
      enabled: true,
      config: { ...DEFAULT_CONFIG, NodeCount: 3, VMsPerNode: 2, LXCsPerNode: 1 },
    });
    expect((await api().get('/api/system/mock-mode').expect(200)).body).toEqual(res.body);

    const state = await waitFor('only mock data in /api/state', async () => {
      const body = await probe.state();

      return instancesOf(body.nodes).join() === 'mock-cluster' && body;
    });
    expect(state.nodes.map((node: Item) => node.id)).toEqual([
      'mock-cluster-pve1',
      'mock-cluster-pve2',
      'mock-cluster-pve3',
    ]);
    expect(state.vms).toHaveLength(6);
    expect(state.containers).toHaveLength(3);
    expect(instancesOf([...state.vms, ...state.containers, ...state.storage])).toEqual([
      'mock-cluster',
    ]);
    expect(pveHealth(state.connectionHealth)).toEqual({ 'mock-cluster': true });

    const health = await waitFor('polling paused', async () => {
      const body = await probe.health();

      return body['enabled'] === false && body;
    });
    expect(health).toMatchObject({ instances: [], queue: { depth: 0 }, deadLetter: { count: 0 } });

    // Mock metrics move on their own; the real cluster is not polled meanwhile.
    const polled = await probe.pollCount('Main', 'pve', 'success');
    const cpuOf = (body: { nodes: Item[] }) => body.nodes.map((node) => node.cpu).join();
    const seen = new Set([cpuOf(state)]);
    await waitFor('mock metrics to move twice', async () => {
      seen.add(cpuOf(await probe.state()));

      return seen.size >= 3;
    });
    expect(await probe.pollCount('Main', 'pve', 'success')).toBe(polled);
  });

  it('rebuilds the mock data when the config changes while on', async () => {
    await api()
      .put('/api/system/mock-mode')
      .send({ config: { NodeCount: 6, VMsPerNode: 1, LXCsPerNode: 0, StoppedPercent: 0 } })
      .expect(200);

    const state = await waitFor('six mock nodes', async () => {
      const body = await probe.state();

      return body.nodes.length === 6 && body;
    });
    expect(instancesOf(state.nodes)).toEqual(['mock-cluster', 'standalone1']);
    expect(state.vms).toHaveLength(6);
    expect(state.containers).toHaveLength(0);
    expect(pveHealth(state.connectionHealth)).toEqual({ 'mock-cluster': true, standalone1: true });
  });

  it('shows PBS, PMG, backups, snapshots, Docker hosts and host agents while on', async () => {
    const state = await probe.state();

    expect(state.pbs.map((pbs: Item) => pbs.id)).toContain('pbs-main');
    expect(state.pbs[0].datastores.length).toBeGreaterThan(0);
    expect(state.pmg.map((pmg: Item) => pmg.id)).toContain('pmg-main');
    expect(state.pmg[0].mailStats.countTotal).toBeGreaterThan(0);
    expect(state.dockerHosts).toHaveLength(3);
    expect(state.dockerHosts[0].containers).toHaveLength(12);
    expect(state.hosts).toHaveLength(4);
    expect(state.cephClusters).toHaveLength(1);
    expect(state.physicalDisks.length).toBeGreaterThanOrEqual(6);
    expect(state.replicationJobs.length).toBeGreaterThan(0);
    expect(state.pbsBackups).toEqual(state.backups.pbs);
    const { storageBackups, backupTasks, guestSnapshots } = state.pveBackups;
    const vmids = new Set(state.vms.map((vm: { vmid: number }) => vm.vmid));
    expect(backupTasks.every((task: { vmid: number }) => vmids.has(task.vmid))).toBe(true);
    expect(storageBackups.length + guestSnapshots.length).toBeGreaterThan(0);
    expect(state.connectionHealth).toMatchObject({
      'pbs-main': true,
      'pmg-main': true,
      [`docker-${state.dockerHosts[0].id}`]: true,
      [`host-${state.hosts[0].id}`]: true,
    });

    // PBS and agent metrics move on with the nodes'.
    const cpuOf = (body: typeof state) => body.pbs[0].cpu + ',' + body.hosts[0].cpuUsage;
    const seen = new Set([cpuOf(state)]);
    await waitFor('PBS and host metrics to move', async () => {
      seen.add(cpuOf(await probe.state()));

      return seen.size >= 2;
    });
  });

  it('accepts the config GET answers, sent back as it is', async () => {
    const { config } = (await api().get('/api/system/mock-mode').expect(200)).body;
    const res = await api().put('/api/system/mock-mode').send({ config }).expect(200);

    expect(res.body).toEqual({ enabled: true, config });
  });

  it('returns to the real data when switched off, and polls again at once', async () => {
    const switchedAt = Date.now();
    const res = await api().put('/api/system/mock-mode').send({ enabled: false }).expect(200);
    expect(res.body.enabled).toBe(false);

    const state = await waitFor('only the real cluster in /api/state', async () => {
      const body = await probe.state();

      return instancesOf(body.nodes).join() === 'Main' && body;
    });
    expect(state.nodes.map((node: Item) => node.id)).toEqual(['Main-pve1', 'Main-pve2']);
    expect(instancesOf([...state.vms, ...state.containers])).toEqual(['Main']);
    expect(state.connectionHealth).toEqual({ Main: true });

    const pve = await probe.instance('pve::Main');
    expect(Date.parse(pve.pollStatus.lastSuccess ?? '')).toBeGreaterThanOrEqual(switchedAt);
    expect((await probe.health())['enabled']).toBe(true);
  });

  it('is idempotent: switching off again changes nothing', async () => {
    const before = await probe.state();
    await api().put('/api/system/mock-mode').send({ enabled: false }).expect(200);

    expect((await probe.health())['enabled']).toBe(true);
    expect(instancesOf((await probe.state()).nodes)).toEqual(instancesOf(before.nodes));
  });
});

describe('mock mode from PULSE_MOCK_MODE at start', () => {
  let testApp: TestApp;
  let probe: PollingProbe;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: {
        PULSE_MOCK_MODE: 'true',
        PULSE_MOCK_NODES: '2',
        PULSE_MOCK_VMS_PER_NODE: '3',
        PULSE_MOCK_LXCS_PER_NODE: '1',
        PULSE_MOCK_STOPPED_PERCENT: '50',
        PULSE_MOCK_RANDOM_METRICS: 'false',
      },
    });
    probe = new PollingProbe(testApp);
  });

  afterAll(() => testApp?.close());

  it('starts with mock mode on, its config from the environment', async () => {
    const res = await request(testApp.server).get('/api/system/mock-mode').expect(200);

    expect(res.body).toEqual({
      enabled: true,
      config: {
        ...DEFAULT_CONFIG,
        NodeCount: 2,
        VMsPerNode: 3,
        LXCsPerNode: 1,
        RandomMetrics: false,
        StoppedPercent: 0.5,
      },
    });
  });

  it('serves mock data from the first request and polls nothing', async () => {
    const state = await probe.state();

    expect(state.nodes.map((node: Item) => node.id)).toEqual([
      'mock-cluster-pve1',
      'mock-cluster-pve2',
    ]);
    expect(state.vms).toHaveLength(6);
    expect(state.containers).toHaveLength(2);
    expect(await probe.health()).toMatchObject({ enabled: false, instances: [] });
  });
});
