import { Simulator, startSimulator } from '@pulse/proxmox-sim';
import { PmgClient } from './pmg.client';

describe('PmgClient against the Proxmox simulator', () => {
  let sim: Simulator;
  let pmg: PmgClient;

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      tls: true,
      scenario: { guests: 4, pmg: { nodes: 2 } },
      seed: 9,
      tickMs: 0,
    });
    const { user, password } = sim.credentials.pmg;
    pmg = PmgClient.create({
      host: sim.pmg.url,
      user,
      password,
      fingerprint: sim.fingerprints.pmg,
    });
  });

  afterAll(async () => {
    await pmg?.close();
    await sim?.close();
  });

  it('logs in with a password and reads the version', async () => {
    expect((await pmg.version()).version).toMatch(/^\d+\.\d+/);
  });

  it('reads mail totals and an hourly series over the last day', async () => {
    const totals = await pmg.mail.statistics();
    const series = await pmg.mail.counts();

    expect(totals.count).toBeGreaterThan(0);
    expect(series.length).toBeGreaterThanOrEqual(23);
    expect(series.length).toBeLessThanOrEqual(25);
    expect(series[1].time - series[0].time).toBe(3600);
  });

  it('reads spam scores and quarantine summaries', async () => {
    const scores = await pmg.mail.spamScores();

    expect(scores.every((score) => typeof score.level === 'string')).toBe(true);
    expect((await pmg.mail.spamQuarantine()).count).toBeGreaterThanOrEqual(0);
    expect((await pmg.mail.virusQuarantine()).count).toBeGreaterThanOrEqual(0);
  });

  it('reads cluster nodes, status, queues, qshape and backups of every node', async () => {
    const nodes = await pmg.nodes.clusterStatus();
    expect(nodes).toHaveLength(2);

    for (const { name } of nodes) {
      const queues = await pmg.nodes.queues(name);
      expect(Object.values(queues).every((count) => Number.isInteger(count) && count >= 0)).toBe(
        true,
      );
      expect((await pmg.nodes.status(name)).uptime).toBeGreaterThan(0);
      const shape = await pmg.nodes.qshape(name);
      expect(shape.every((row) => typeof row.domain === 'string')).toBe(true);
      expect(Array.isArray(await pmg.nodes.backups(name))).toBe(true);
    }
  });

  it('testConnection lists the cluster nodes', async () => {
    expect(await pmg.testConnection()).toMatchObject({ ok: true, product: 'pmg' });
  });
});
