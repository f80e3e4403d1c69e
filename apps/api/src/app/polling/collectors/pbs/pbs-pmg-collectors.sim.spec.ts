import { startSimulator, Simulator } from '@pulse/proxmox-sim';

import { pollTarget } from '../../testing/poll-fixtures';
import { createCollector } from '../collector-factory';
import type { InstanceCollector } from '../collector.types';
import { collectCycles } from '../testing/collect-cycles';

/** The PBS and PMG collectors on their own: what a refused or failing part does to a cycle. */
describe('PBS and PMG collectors against the simulator', () => {
  let sim: Simulator;
  let pbs: InstanceCollector;
  let pmg: InstanceCollector;
  const collect = collectCycles();

  beforeAll(async () => {
    sim = await startSimulator({ host: '127.0.0.1', seed: 3, tickMs: 0 });
    const { credentials } = sim;
    pbs = createCollector(
      pollTarget({
        id: 'pbs-0',
        type: 'pbs',
        name: 'vault',
        host: sim.pbs.url,
        tokenName: credentials.pbs.tokenId,
        tokenValue: credentials.pbs.tokenSecret,
      }),
      { timeoutMs: 5_000 },
    );
    pmg = createCollector(
      pollTarget({
        id: 'pmg-0',
        type: 'pmg',
        name: 'mail',
        host: sim.pmg.url,
        user: credentials.pmg.user,
        password: credentials.pmg.password,
      }),
      { timeoutMs: 5_000 },
    );
  });

  afterEach(() => sim.faults.reset());

  afterAll(async () => {
    await Promise.all([pbs?.close(), pmg?.close()]);
    await sim?.close();
  });

  it('reads a PBS without warnings, with backups in the slow cycle only', async () => {
    const slow = await collect(pbs, true);
    const fast = await collect(pbs, false);

    expect(slow.warnings).toEqual([]);
    expect(slow.connectionHealth).toEqual({ 'pbs-vault': true });
    expect(slow.collections.pbsBackups?.length).toBeGreaterThan(0);
    expect(fast.collections).not.toHaveProperty('pbsBackups');
    expect(fast.collections.pbs?.[0].datastores.length).toBeGreaterThan(0);
  });

  it('treats a token without Sys.Audit on the node status as no data, not a failure', async () => {
    sim.faults.denyPrivilege('pbs', '/nodes/localhost/status');
    const result = await collect(pbs, false);
    const [instance] = result.collections.pbs ?? [];

    expect(result.warnings).toEqual([]);
    expect(instance).toMatchObject({ status: 'online', connectionHealth: 'healthy' });
    expect(instance.datastores.length).toBeGreaterThan(0);
  });

  it('fails the PBS cycle only when the server does not answer at all', async () => {
    sim.faults.authFailure('pbs');

    await expect(collect(pbs, false)).rejects.toThrow();
  });

  it('reads a PMG by ticket: nodes with queues, hourly mail counts, quarantine', async () => {
    const result = await collect(pmg, true);
    const [instance] = result.collections.pmg ?? [];

    expect(result.warnings).toEqual([]);
    expect(result.connectionHealth).toEqual({ 'pmg-mail': true });
    expect(instance.nodes?.[0].queueStatus?.total).toBeGreaterThanOrEqual(0);
    expect(instance.mailCount?.length).toBeGreaterThanOrEqual(24);
    expect(instance.quarantine?.spam).toBeGreaterThan(0);
    expect(result.collections.pmgBackups?.length).toBeGreaterThan(0);
  });

  it('shows a PMG node that is down as offline and keeps the instance online', async () => {
    const before = (await collect(pmg, false)).collections.pmg?.[0];
    sim.faults.nodeOffline('pmg', 'pmg1');
    const result = await collect(pmg, false);
    const [instance] = result.collections.pmg ?? [];

    expect(instance.status).toBe('online');
    expect(instance.nodes?.[0]).toMatchObject({ name: 'pmg1', status: 'offline' });
    expect(instance.nodes?.[0]).not.toHaveProperty('queueStatus');
    expect(instance.mailStats?.countTotal).toBe(before?.mailStats?.countTotal);
    expect(result.warnings.some((warning) => warning.includes('pmg1'))).toBe(true);
  });
});
