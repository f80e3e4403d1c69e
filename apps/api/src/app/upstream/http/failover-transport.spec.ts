import { UpstreamError } from '../errors/upstream-error';
import { closedPort, FakeReply, FakeUpstream } from '../testing/fake-upstream';
import { ApiClient } from './api-client';
import { TokenAuth } from './auth';
import { Clock } from './clock';
import { FailoverTransport } from './failover-transport';
import { HttpEndpoint } from './http-endpoint';

const ok = (name: string) => (): FakeReply => ({ data: { served: name } });
const served = (data: unknown) => (data as { served: string }).served;

describe('FailoverTransport', () => {
  let first: FakeUpstream;
  let second: FakeUpstream;
  let clock: { time: number } & Clock;
  let transport: FailoverTransport | undefined;

  beforeAll(async () => {
    [first, second] = await Promise.all([FakeUpstream.start(), FakeUpstream.start()]);
  });

  afterAll(() => Promise.all([first.close(), second.close()]));

  beforeEach(() => {
    first.handler = ok('first');
    second.handler = ok('second');
    clock = { time: 0, now: () => clock.time };
  });

  afterEach(async () => {
    await transport?.close();
    transport = undefined;
  });

  function build(hosts: string[]): FailoverTransport {
    const clients = hosts.map((host) => {
      const endpoint = new HttpEndpoint('pve', host, { verifySSL: false });

      return new ApiClient(endpoint, new TokenAuth('PVEAPIToken', 'a@pam!b', 'secret'), 2_000);
    });
    transport = new FailoverTransport(clients, { clock, cooldownMs: 10_000 });

    return transport;
  }

  const count = (server: FakeUpstream) => server.requests.length;

  it('uses the configured host while it is healthy', async () => {
    const cluster = build([first.url, second.url]);

    expect(await cluster.get('/nodes', served)).toBe('first');
    expect(cluster.connectionHealth()).toBe('healthy');
  });

  it('fails over to another member when the configured host is unreachable', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}`;
    const cluster = build([dead, second.url]);

    expect(await cluster.get('/nodes', served)).toBe('second');
    expect(cluster.connectionHealth()).toBe('degraded');
    expect(cluster.health()[0]).toMatchObject({ healthy: false });
    expect(cluster.health()[0].lastError).toContain('connection was refused');
  });

  it('fails over on a 5xx answer', async () => {
    first.handler = () => ({ status: 503, statusMessage: 'Service Unavailable' });
    const cluster = build([first.url, second.url]);

    expect(await cluster.get('/nodes', served)).toBe('second');
  });

  it('returns a 500 for one request as the answer while the endpoint itself answers', async () => {
    first.handler = (request) =>
      request.path === '/version'
        ? { data: { version: '8.2' } }
        : { status: 500, statusMessage: "Configuration file 'qemu-server/9009.conf' missing" };
    const cluster = build([first.url, second.url]);
    const before = count(second);

    await expect(cluster.get('/nodes/pve1/qemu/9009/status/current', served)).rejects.toMatchObject(
      { kind: 'upstream5xx', status: 500 },
    );
    expect(count(second)).toBe(before);
    expect(cluster.connectionHealth()).toBe('healthy');
    first.handler = ok('first');
    expect(await cluster.get('/nodes', served)).toBe('first');
  });

  it('fails over on a 500 when the endpoint cannot answer its version either', async () => {
    first.handler = () => ({ status: 500, statusMessage: 'Internal Server Error' });
    const cluster = build([first.url, second.url]);

    expect(await cluster.get('/nodes', served)).toBe('second');
    expect(cluster.health()[0]).toMatchObject({ healthy: false });
  });

  it('returns auth and permission errors at once without trying other members', async () => {
    first.handler = () => ({ status: 401, statusMessage: 'authentication failure' });
    const cluster = build([first.url, second.url]);
    const before = count(second);

    await expect(cluster.get('/nodes', served)).rejects.toMatchObject({ kind: 'auth' });
    expect(count(second)).toBe(before);
    expect(cluster.connectionHealth()).toBe('healthy');
  });

  it('does not blame the endpoint for a guest agent error', async () => {
    first.handler = () => ({ status: 500, statusMessage: 'QEMU guest agent is not running' });
    const cluster = build([first.url, second.url]);

    await expect(cluster.get('/nodes/pve1/qemu/100/agent/info', served)).rejects.toMatchObject({
      kind: 'upstream5xx',
    });
    expect(cluster.connectionHealth()).toBe('healthy');
  });

  it('reports every member down with the last error', async () => {
    const deadA = `http://127.0.0.1:${await closedPort()}`;
    const deadB = `http://127.0.0.1:${await closedPort()}`;
    const cluster = build([deadA, deadB]);

    const error = await cluster.get('/nodes', served).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).kind).toBe('unreachable');
    expect(cluster.connectionHealth()).toBe('error');
  });

  it('skips a failed member during the cool-down, then probes it and goes back', async () => {
    first.handler = () => 'drop';
    const cluster = build([first.url, second.url]);
    expect(await cluster.get('/nodes', served)).toBe('second');
    const afterFailure = count(first);

    first.handler = ok('first');
    expect(await cluster.get('/nodes', served)).toBe('second');
    expect(count(first)).toBe(afterFailure);

    clock.time += 10_000;
    await cluster.recheck();

    expect(first.requests.at(-1)?.path).toBe('/version');
    expect(cluster.connectionHealth()).toBe('healthy');
    expect(await cluster.get('/nodes', served)).toBe('first');
  });

  it('fails fast while every member is cooling down', async () => {
    first.handler = () => 'drop';
    second.handler = () => 'drop';
    const cluster = build([first.url, second.url]);
    await expect(cluster.get('/nodes', served)).rejects.toBeInstanceOf(UpstreamError);
    const before = count(first) + count(second);

    const error = await cluster.get('/nodes', served).catch((caught: unknown) => caught);

    expect((error as UpstreamError).code).toBe('NO_HEALTHY_ENDPOINT');
    expect((error as UpstreamError).message).toContain('No endpoint of this cluster is reachable');
    expect(count(first) + count(second)).toBe(before);
  });
});

describe('FailoverTransport with a single host', () => {
  it('keeps calling the only endpoint and records its health', async () => {
    const server = await FakeUpstream.start();
    const endpoint = new HttpEndpoint('pve', server.url, { verifySSL: false });
    const single = new FailoverTransport([
      new ApiClient(endpoint, new TokenAuth('PVEAPIToken', 'a@pam!b', 's'), 2_000),
    ]);
    try {
      server.handler = () => 'drop';
      await expect(single.get('/x', served)).rejects.toMatchObject({ kind: 'unreachable' });
      expect(single.connectionHealth()).toBe('error');

      server.handler = ok('only');
      expect(await single.get('/x', served)).toBe('only');
      expect(single.connectionHealth()).toBe('healthy');
    } finally {
      await single.close();
      await server.close();
    }
  });
});

describe('FailoverTransport logging', () => {
  it('logs endpoint state changes and requests without any credential', async () => {
    const secret = 'log-test-secret-5f2a9c';
    const lines: string[] = [];
    const logger = {
      debug: (l: string) => lines.push(l),
      log: (l: string) => lines.push(l),
      warn: (l: string) => lines.push(l),
    };
    const server = await FakeUpstream.start();
    server.handler = (request) =>
      request.headers.authorization?.endsWith(secret) ? ok('live')() : { status: 401 };
    const clients = [`http://127.0.0.1:${await closedPort()}`, server.url].map((host) => {
      const endpoint = new HttpEndpoint('pve', host, { verifySSL: false });

      return new ApiClient(
        endpoint,
        new TokenAuth('PVEAPIToken', 'a@pam!b', secret),
        2_000,
        logger,
      );
    });
    const cluster = new FailoverTransport(clients, { logger });
    try {
      expect(await cluster.get('/nodes', served)).toBe('live');

      expect(lines.some((line) => line.includes('marked unhealthy'))).toBe(true);
      expect(lines.some((line) => line.includes('GET /nodes -> 200'))).toBe(true);
      expect(lines.join('\n')).not.toContain(secret);
    } finally {
      await cluster.close();
      await server.close();
    }
  });
});
