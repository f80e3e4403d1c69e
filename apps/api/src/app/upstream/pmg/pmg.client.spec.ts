import { UpstreamError } from '../errors/upstream-error';
import { FakeRequest, FakeReply, FakeUpstream } from '../testing/fake-upstream';
import { PmgClient } from './pmg.client';

const PASSWORD = 'pmg-pass-secret';

const FIXTURES: Record<string, unknown> = {
  '/version': { version: '8.1.4', release: '8.1' },
  '/statistics/mail': {
    count: '2800',
    count_in: 1800,
    count_out: 1000,
    spamcount_in: 320,
    bytes_in: 9.6e9,
    junk_out: null,
    rbl_rejects: '140',
    avptime: '0.48',
  },
  '/statistics/mailcount': [
    { index: 0, time: 1735689600, count: 100, count_in: '60', count_out: 40 },
    { index: 1, time: '1735693200', count: 90 },
  ],
  '/statistics/spamscores': [
    { level: '0', count: 1200, ratio: 0.8 },
    { level: 3, count: '30', ratio: '0.02' },
  ],
  '/quarantine/spamstatus': { count: 25, avgbytes: 5120, avgspam: 7.5, mbytes: 0.12 },
  '/quarantine/virusstatus': { count: '0', avgbytes: 0, mbytes: 0 },
  '/config/cluster/status': [
    { cid: 1, name: 'pmg1', type: 'master', ip: '127.0.0.1', fingerprint: 'AB:CD' },
  ],
  '/nodes/pmg1/status': {
    cpu: 0.02,
    uptime: 3600,
    loadavg: ['0.01', '0.02', '0.03'],
    memory: { total: 4e9, used: 1e9, free: 3e9 },
    insync: 1,
  },
  '/nodes/pmg1/postfix/qshape': [
    { domain: 'TOTAL', total: '3', '5m': '1', '10m': 0, '1280m+': 2 },
    { domain: 'example.com', total: 3, '5m': 1, '10m': 0, '1280m+': 2 },
  ],
  '/nodes/pmg1/backup': [
    { filename: 'pmg-backup_2025_01_01_677123AB.tgz', size: '123456', timestamp: 1735689600 },
  ],
};

const QUEUE_TOTALS: Record<string, number> = { active: 2, deferred: 7, hold: 0, incoming: 1 };

describe('PmgClient', () => {
  let server: FakeUpstream;
  let pmg: PmgClient;

  function route(request: FakeRequest): FakeReply {
    if (request.path === '/access/ticket') {
      const { password } = JSON.parse(request.body) as { password: string };
      return password === PASSWORD
        ? { data: { ticket: 'PMG:root@pam:1', CSRFPreventionToken: 'c', username: 'root@pam' } }
        : { status: 401, statusMessage: 'authentication failure' };
    }
    if (request.headers.cookie !== 'PMGAuthCookie=PMG:root@pam:1') {
      return { status: 401, statusMessage: 'No ticket' };
    }
    const queue = /^\/nodes\/pmg1\/postfix\/queue\/(\w+)$/.exec(request.path)?.[1];
    if (queue) {
      return {
        raw: JSON.stringify({ data: [{ queue_id: 'ABCDEF123' }], total: QUEUE_TOTALS[queue] }),
      };
    }

    return request.path in FIXTURES
      ? { data: FIXTURES[request.path] }
      : { status: 501, statusMessage: 'not implemented' };
  }

  beforeAll(async () => {
    server = await FakeUpstream.start();
    server.handler = route;
    pmg = PmgClient.create({ host: server.url, user: 'root@pam', password: PASSWORD });
  });

  afterAll(async () => {
    await pmg.close();
    await server.close();
  });

  const lastQuery = () => Object.fromEntries(server.requests.at(-1)?.query ?? []);

  it('logs in with a ticket and reads the version', async () => {
    expect(await pmg.version()).toEqual({ version: '8.1.4', release: '8.1' });
    expect(server.requests[0].path).toBe('/access/ticket');
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('reads mail statistics with string numbers', async () => {
    const stats = await pmg.mail.statistics({ starttime: 1735689600 });

    expect(lastQuery()).toEqual({ starttime: '1735689600' });
    expect(stats).toEqual({
      count: 2800,
      countIn: 1800,
      countOut: 1000,
      spamcountIn: 320,
      bytesIn: 9.6e9,
      rblRejects: 140,
      avptime: 0.48,
    });
  });

  it('asks for hourly mail counts by default', async () => {
    const points = await pmg.mail.counts();

    expect(lastQuery()).toEqual({ timespan: '3600' });
    expect(points).toEqual([
      { index: 0, time: 1735689600, count: 100, countIn: 60, countOut: 40 },
      { index: 1, time: 1735693200, count: 90 },
    ]);
  });

  it('reads spam scores and quarantine summaries', async () => {
    expect(await pmg.mail.spamScores()).toEqual([
      { level: '0', count: 1200, ratio: 0.8 },
      { level: '3', count: 30, ratio: 0.02 },
    ]);
    expect(await pmg.mail.spamQuarantine()).toEqual({
      count: 25,
      avgbytes: 5120,
      avgspam: 7.5,
      mbytes: 0.12,
    });
    expect((await pmg.mail.virusQuarantine()).count).toBe(0);
  });

  it('reads cluster nodes, node status and backups', async () => {
    expect(await pmg.nodes.clusterStatus()).toEqual([
      { cid: 1, name: 'pmg1', type: 'master', ip: '127.0.0.1', fingerprint: 'AB:CD' },
    ]);
    expect(lastQuery()).toEqual({ list_single_node: '1' });
    expect(await pmg.nodes.status('pmg1')).toMatchObject({
      loadavg: [0.01, 0.02, 0.03],
      insync: true,
    });
    expect(await pmg.nodes.backups('pmg1')).toEqual([
      { filename: 'pmg-backup_2025_01_01_677123AB.tgz', size: 123456, timestamp: 1735689600 },
    ]);
  });

  it('counts the Postfix queues from the listing totals', async () => {
    expect(await pmg.nodes.queues('pmg1')).toEqual({
      active: 2,
      deferred: 7,
      hold: 0,
      incoming: 1,
    });
    expect(lastQuery()).toEqual({ limit: '1' });
  });

  it('reads the qshape age buckets', async () => {
    const [total] = await pmg.nodes.qshape('pmg1');

    expect(lastQuery()).toEqual({ queue: 'deferred' });
    expect(total).toEqual({
      domain: 'TOTAL',
      total: 3,
      buckets: { '5m': 1, '10m': 0, '1280m+': 2 },
    });
  });

  it('testConnection lists the cluster nodes', async () => {
    expect(await pmg.testConnection()).toMatchObject({
      ok: true,
      product: 'pmg',
      version: '8.1.4',
      nodes: ['pmg1'],
    });
  });

  it('reports a wrong password as an auth failure without the password', async () => {
    const wrong = PmgClient.create({
      host: server.url,
      user: 'root@pam',
      password: 'nope-wrong-pw',
    });
    const result = await wrong.testConnection();
    await wrong.close();

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('auth');
    expect(JSON.stringify(result)).not.toContain('nope-wrong-pw');
  });

  it('refuses an API token: PMG only knows tickets', () => {
    const create = () =>
      PmgClient.create({ host: server.url, tokenName: 'root@pam!x', tokenValue: 'y' });

    expect(create).toThrow(UpstreamError);
    expect(create).toThrow('does not support API tokens');
  });

  it('adds the pmg realm to a bare user', async () => {
    const bare = PmgClient.create({ host: server.url, user: 'admin', password: PASSWORD });
    await bare.version().catch(() => undefined);
    await bare.close();

    const login = server.requests.filter((request) => request.path === '/access/ticket').at(-1);
    expect(JSON.parse(login?.body ?? '{}')).toMatchObject({ username: 'admin@pmg' });
  });
});
