import { startSimulator } from '../simulator';
import { Simulator } from '../simulator.types';
import { call, login } from '../testing/api-client';

type Row = Record<string, unknown>;
type ListBody = { data: Row[] };
type ObjectBody = { data: Row };

describe('PMG API', () => {
  let sim: Simulator;
  let cookie: Record<string, string>;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0, scenario: { nodes: 1, guests: 4, pmg: { nodes: 2 } } });
    const ticket = await login(sim.pmg.url, 'root@pam', sim.credentials.pmg.password);
    cookie = { cookie: `PMGAuthCookie=${encodeURIComponent(ticket.ticket)}` };
  });

  afterAll(() => sim.close());

  const get = <T>(path: string) => call<T>(`${sim.pmg.url}/api2/json${path}`, { headers: cookie });

  it('reports version and cluster nodes with loopback addresses', async () => {
    const version = await get<ObjectBody>('/version');
    const cluster = await get<ListBody>('/config/cluster/status?list_single_node=1');

    expect(version.body.data['version']).toBe('8.2.1');
    expect(cluster.body.data.map((n) => n['type'])).toEqual(['master', 'node']);
    for (const node of cluster.body.data) expect(node['ip']).toMatch(/^127\./);
    expect(cluster.body.data[0]['fingerprint']).toBe(sim.fingerprints.pmg);
  });

  it('sums mail statistics over the last day', async () => {
    const res = await get<ObjectBody>('/statistics/mail');
    const stats = res.body.data as Record<string, number>;

    expect(stats['count']).toBe(stats['count_in'] + stats['count_out']);
    expect(stats['spamcount_in']).toBeGreaterThan(0);
    expect(stats['avptime']).toBeGreaterThan(0);
  });

  it('buckets mailcount by timespan: 24 hourly points, or one or two daily ones', async () => {
    const hourly = await get<ListBody>('/statistics/mailcount?timespan=3600');
    const daily = await get<ListBody>('/statistics/mailcount?timespan=86400');
    const tooSmall = await get<Row>('/statistics/mailcount?timespan=60');

    expect(hourly.body.data).toHaveLength(24);
    expect(hourly.body.data[1]['time'] as number).toBe(
      (hourly.body.data[0]['time'] as number) + 3600,
    );
    expect(daily.body.data.length).toBeLessThanOrEqual(2);
    expect(tooSmall.status).toBe(400);
  });

  it('returns the spam score distribution and quarantine counts', async () => {
    const scores = await get<ListBody>('/statistics/spamscores');
    const spam = await get<ObjectBody>('/quarantine/spamstatus');
    const virus = await get<ObjectBody>('/quarantine/virusstatus');

    expect(scores.body.data[0]).toEqual({
      level: '0',
      count: expect.any(Number),
      ratio: expect.any(Number),
    });
    expect(spam.body.data['count']).toEqual(expect.any(Number));
    expect(virus.body.data).toHaveProperty('mbytes');
  });

  it('answers the postfix queue path with a directory index, counts one level below', async () => {
    const index = await get<ListBody>('/nodes/pmg1/postfix/queue');
    const deferred = await get<{ data: Row[]; total: number }>(
      '/nodes/pmg1/postfix/queue/deferred',
    );
    const shape = await get<ListBody>('/nodes/pmg1/postfix/qshape?queue=deferred');

    expect(index.body.data.map((q) => q['name']).sort()).toEqual([
      'active',
      'deferred',
      'hold',
      'incoming',
    ]);
    expect(deferred.body.data.length).toBe(Math.min(50, deferred.body.total));
    expect(shape.body.data[0]).toMatchObject({ domain: 'TOTAL', total: deferred.body.total });
  });

  it('lists configuration backups and makes one on a CSRF-protected POST', async () => {
    const ticket = await login(sim.pmg.url, 'root@pam', sim.credentials.pmg.password);
    const before = await get<ListBody>('/nodes/pmg2/backup');
    const created = await call<ObjectBody>(`${sim.pmg.url}/api2/json/nodes/pmg2/backup`, {
      method: 'POST',
      headers: {
        cookie: `PMGAuthCookie=${encodeURIComponent(ticket.ticket)}`,
        CSRFPreventionToken: ticket.CSRFPreventionToken,
      },
    });
    const after = await get<ListBody>('/nodes/pmg2/backup');

    expect(before.body.data[0]).toEqual(
      expect.objectContaining({
        filename: expect.stringMatching(/^pmg-backup_/),
        size: expect.any(Number),
      }),
    );
    expect(created.status).toBe(200);
    expect(after.body.data).toHaveLength(before.body.data.length + 1);
  });

  it('answers 595 for an offline cluster node only', async () => {
    sim.faults.nodeOffline('pmg', 'pmg2');
    const down = await get<Row>('/nodes/pmg2/postfix/queue');
    const up = await get<Row>('/nodes/pmg1/postfix/queue');
    sim.faults.reset();

    expect(down.status).toBe(595);
    expect(up.status).toBe(200);
  });
});
