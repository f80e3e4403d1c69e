import type { SchedulerInstanceHealth } from '@pulse/contracts';
import { startSimulator, Simulator } from '@pulse/proxmox-sim';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { expectSchedulerHealthShape } from './testing/scheduler-health-shape';
import { largestGap, PollingProbe, simNodeBodies } from './testing/sim-instances';
import { waitFor } from '../../test/wait-for';

const PVE_INTERVAL_MS = 500;
const PMG_INTERVAL_MS = 1500;
const GRACE_MS = 4000;
/** How long a request to a hanging simulator waits, so how long a hanging probe lasts. */
const REQUEST_TIMEOUT_MS = 3000;
/** Far above the intervals even on busy cores, below what a stalled poller would show. */
const MAX_GAP_MS = 5000;

const PVE = 'pve::Main';
const PBS = 'pbs::Backups';
const PMG = 'pmg::Mail';

jest.setTimeout(90_000);

/**
 * The real app polls the simulator's PVE cluster, PBS and PMG on short intervals while the
 * simulator breaks one of them; the scheduler health and `/api/state` must show what happens,
 * and the healthy instances must keep their cadence.
 */
describe('polling under simulated faults', () => {
  let sim: Simulator;
  let testApp: TestApp;
  let probe: PollingProbe;

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      scenario: { nodes: 3, guests: 6 },
      seed: 11,
      tickMs: 0,
    });
    testApp = await startTestApp({
      env: {
        CONNECTION_TIMEOUT: `${REQUEST_TIMEOUT_MS}ms`,
        PVE_POLLING_INTERVAL: `${PVE_INTERVAL_MS}ms`,
        PBS_POLLING_INTERVAL: '500ms',
        PMG_POLLING_INTERVAL: `${PMG_INTERVAL_MS}ms`,
        NODE_OFFLINE_GRACE_PERIOD: `${GRACE_MS}ms`,
        POLLING_BREAKER_THRESHOLD: '2',
        POLLING_MAX_BACKOFF: '1s',
        POLLING_DEAD_LETTER_THRESHOLD: '100',
        POLLING_DEAD_LETTER_RETRY: '2s',
        POLLING_CYCLE_TIMEOUT: '8s',
        // Three instances share two slots: a hanging one must not hold up the others.
        POLLING_MAX_CONCURRENT: '2',
      },
    });
    probe = new PollingProbe(testApp);
    const bodies = simNodeBodies(sim);
    for (const body of [bodies.pve, bodies.pbs, bodies.pmg]) {
      await request(testApp.server).post('/api/config/nodes').send(body).expect(201);
    }
  });

  afterAll(async () => {
    await testApp?.close();
    await sim?.close();
  });

  beforeEach(async () => {
    sim.faults.reset();
    const since = Date.now();
    await waitFor('every instance healthy and polled again', async () => {
      const { instances } = (await probe.health()) as { instances: SchedulerInstanceHealth[] };
      const fresh = (item: SchedulerInstanceHealth) =>
        Date.parse(item.pollStatus.lastSuccess ?? '') >= since - 1000;

      return (
        instances.length === 3 &&
        instances.every((item) => item.breaker.state === 'closed' && fresh(item))
      );
    });
  });

  afterEach(() => sim.faults.reset());

  it('polls every instance and reports the documented scheduler health', async () => {
    const health = expectSchedulerHealthShape(await probe.health());

    expect(health.enabled).toBe(true);
    expect(health.instances.map((item) => item.key).sort()).toEqual([PBS, PMG, PVE]);
    expect(health.instances.find((item) => item.key === PVE)).toMatchObject({
      type: 'pve',
      displayName: 'Main',
      instance: 'Main',
      connection: sim.pve.url,
      pollStatus: { consecutiveFailures: 0, lastSuccess: expect.any(String) },
      breaker: { state: 'closed', failureCount: 0 },
      deadLetter: { present: false },
    });
    expect(health.breakers).toBeUndefined();
    expect(health.deadLetter).toEqual({ count: 0, tasks: [] });
    expect(health.staleness?.map((item) => item.instance).sort()).toEqual([
      'Backups',
      'Mail',
      'Main',
    ]);
    await request(testApp.server).head('/api/monitoring/scheduler/health').expect(200);

    const state = await probe.state();
    expect(state.nodes.map((node: Node) => [node.id, node.status])).toEqual([
      ['Main-pve1', 'online'],
      ['Main-pve2', 'online'],
      ['Main-pve3', 'online'],
    ]);
    expect(state.pbs.map((server: Node) => server.status)).toEqual(['online']);
    expect(state.pmg.map((server: Node) => server.status)).toEqual(['online']);
    expect(state.connectionHealth).toEqual({ Main: true, 'pbs-Backups': true, 'pmg-Mail': true });
  });

  it('keeps a node that stops answering online through the grace, then offline', async () => {
    const warningsBefore = nodeOfflineWarnings().length;
    const faultAt = Date.now();
    sim.faults.nodeOffline('pve', 'pve2');

    // A cycle has seen pve2 offline, yet the state still shows it online.
    await waitFor('a poll cycle that saw pve2 offline', () => {
      return nodeOfflineWarnings().length > warningsBefore;
    });
    expect(nodeStatus(await probe.state(), 'Main-pve2')).toBe('online');
    expect((await probe.instance(PVE)).pollStatus.consecutiveFailures).toBe(0);

    await waitFor(
      'pve2 offline in /api/state',
      async () => nodeStatus(await probe.state(), 'Main-pve2') === 'offline',
      { timeoutMs: GRACE_MS + 15_000 },
    );
    // The last cycle that saw it online ran at most one interval and one cycle before the fault.
    expect(Date.now() - faultAt).toBeGreaterThanOrEqual(GRACE_MS - PVE_INTERVAL_MS - 1000);
    const offline = (await probe.state()).nodes.find((node: Node) => node.id === 'Main-pve2');
    expect(offline).toMatchObject({ status: 'offline', connectionHealth: 'error', cpu: 0 });
    expect(nodeStatus(await probe.state(), 'Main-pve1')).toBe('online');

    sim.faults.reset();
    await waitFor('pve2 online again', async () => {
      return nodeStatus(await probe.state(), 'Main-pve2') === 'online';
    });
  });

  it('opens the breaker on 500s, probes half-open, closes again; others keep cadence', async () => {
    const start = Date.now();
    const pveCountBefore = await probe.pollCount('Main', 'pve', 'success');
    const errors = sim.faults.errorRate('pbs', 1);

    const opened = await waitFor('PBS breaker open', async () => {
      const pbs = await probe.instance(PBS);

      return pbs.breaker.state === 'open' && pbs;
    });
    expect(opened.pollStatus.consecutiveFailures).toBeGreaterThanOrEqual(2);
    expect(opened.pollStatus.lastError).toMatchObject({
      category: 'transient',
      message: expect.stringContaining('500'),
    });
    expect(opened.breaker).toMatchObject({ retryAt: expect.any(String) });
    const openHealth = expectSchedulerHealthShape(await probe.health());
    expect(openHealth.breakers).toEqual([
      expect.objectContaining({ instance: 'Backups', type: 'pbs', state: 'open' }),
    ]);

    await waitFor(
      'PBS offline in /api/state once its failures outlast the grace',
      async () => {
        const state = await probe.state();

        return (
          state.pbs[0]?.status === 'offline' && state.connectionHealth['pbs-Backups'] === false
        );
      },
      { timeoutMs: GRACE_MS + 15_000 },
    );
    expect(Date.now() - start).toBeGreaterThanOrEqual(GRACE_MS - PVE_INTERVAL_MS - 1000);

    // A probe that hangs keeps the breaker half-open until the request times out.
    sim.faults.remove(errors.id);
    const hang = sim.faults.hang('pbs');
    const probing = await waitFor('PBS breaker half-open', async () => {
      const health = await probe.health();
      const pbs = instanceOf(health, PBS);

      return pbs.breaker.state === 'half_open' && health;
    });
    const probingSince = Date.now();
    expect(instanceOf(expectSchedulerHealthShape(probing), PBS).breaker.retryAt).toBeUndefined();
    await waitFor('PBS breaker open again after the probe timed out', async () => {
      return (await probe.instance(PBS)).breaker.state === 'open';
    });
    // The hanging probe holds one of the two slots; PVE and PMG share the other meanwhile.
    const whileProbing = probe.successesSince(PVE, probingSince);
    expect(whileProbing.length).toBeGreaterThanOrEqual(2);

    sim.faults.remove(hang.id);
    const closed = await waitFor('PBS breaker closed', async () => {
      const health = await probe.health();
      const pbs = instanceOf(health, PBS);

      return pbs.breaker.state === 'closed' && health;
    });
    expectSchedulerHealthShape(closed);
    expect(closed['breakers']).toBeUndefined();
    expect(instanceOf(closed, PBS)).toMatchObject({
      pollStatus: { consecutiveFailures: 0 },
      breaker: { state: 'closed', failureCount: 0 },
    });
    await waitFor('PBS online in /api/state', async () => {
      const state = await probe.state();

      return state.pbs[0]?.status === 'online' && state.connectionHealth['pbs-Backups'] === true;
    });

    const end = Date.now();
    const pve = probe.successesSince(PVE, start);
    const pmg = probe.successesSince(PMG, start);
    expect(largestGap(pve, end)).toBeLessThan(MAX_GAP_MS);
    expect(largestGap(pmg, end)).toBeLessThan(PMG_INTERVAL_MS + MAX_GAP_MS);
    // Each type keeps its own interval: cycles start at least one interval apart, so PMG
    // cannot have finished more cycles than its interval allows, and PVE polls more often.
    expect(pmg.length).toBeLessThanOrEqual(Math.floor((end - start) / PMG_INTERVAL_MS) + 2);
    expect(pve.length).toBeGreaterThan(pmg.length);
    const pveCycles = (await probe.pollCount('Main', 'pve', 'success')) - pveCountBefore;
    expect(pveCycles).toBeGreaterThanOrEqual(Math.floor((end - start) / (PVE_INTERVAL_MS * 4)));
  });

  it('dead-letters an instance whose credentials are refused and takes it back', async () => {
    const denied = sim.faults.authFailure('pmg');

    const health = await waitFor('PMG in the dead-letter queue', async () => {
      const body = await probe.health();

      return instanceOf(body, PMG).deadLetter.present && body;
    });
    const shaped = expectSchedulerHealthShape(health);
    expect(shaped.deadLetter.count).toBe(1);
    expect(shaped.deadLetter.tasks).toEqual([
      {
        instance: 'Mail',
        type: 'pmg',
        nextRun: expect.any(String),
        lastError: expect.any(String),
        failures: 1,
      },
    ]);
    const pmg = instanceOf(health, PMG);
    expect(pmg.deadLetter).toMatchObject({ present: true, reason: 'permanent_failure' });
    expect(pmg.pollStatus.lastError?.category).toBe('permanent');
    expect(pmg.breaker.state).toBe('open');
    expect(shaped.queue.perType['pmg']).toBeUndefined();

    sim.faults.remove(denied.id);
    const back = await waitFor('PMG out of the dead-letter queue', async () => {
      const body = await probe.health();
      const item = instanceOf(body, PMG);

      return !item.deadLetter.present && item.breaker.state === 'closed' && body;
    });
    expect(expectSchedulerHealthShape(back).deadLetter).toEqual({ count: 0, tasks: [] });
  });

  function nodeOfflineWarnings(): unknown[] {
    return testApp.logs.find(
      (entry) =>
        Array.isArray(entry['warnings']) &&
        entry['warnings'].some((text) => String(text).includes('Node pve2 of Main is offline')),
    );
  }
});

interface Node {
  id: string;
  status: string;
}

function nodeStatus(state: { nodes: Node[] }, id: string): string | undefined {
  return state.nodes.find((node) => node.id === id)?.status;
}

function instanceOf(health: object, key: string): SchedulerInstanceHealth {
  const instances = (health as { instances: SchedulerInstanceHealth[] }).instances;
  const found = instances.find((item) => item.key === key);
  if (!found) {
    throw new Error(`no instance ${key}`);
  }

  return found;
}
