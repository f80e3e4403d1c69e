import { UpstreamError } from '../errors/upstream-error';
import { FakeUpstream } from '../testing/fake-upstream';
import { PveClient } from './pve.client';

describe('PveClient.create', () => {
  let server: FakeUpstream;

  beforeAll(async () => {
    server = await FakeUpstream.start();
    server.handler = (request) =>
      request.path === '/access/ticket'
        ? { data: { ticket: 'PVE:root@pam:1', CSRFPreventionToken: 'c' } }
        : { data: { version: '8.4.1' } };
  });

  afterAll(() => server.close());

  it('adds @pam to a password user without realm', async () => {
    const pve = PveClient.create({ host: server.url, user: 'root', password: 'pw-secret' });
    await pve.nodes.version();
    await pve.close();

    const login = server.requests.find((request) => request.path === '/access/ticket');
    expect(JSON.parse(login?.body ?? '{}')).toMatchObject({ username: 'root@pam' });
  });

  it('builds the token id from the user when the token name is bare', async () => {
    const pve = PveClient.create({
      host: server.url,
      user: 'monitor@pve',
      tokenName: 'pulse',
      tokenValue: 'tv',
    });
    await pve.nodes.version();
    await pve.close();

    expect(server.requests.at(-1)?.headers.authorization).toBe('PVEAPIToken=monitor@pve!pulse=tv');
  });

  it('refuses missing credentials with an admin-readable auth error', () => {
    const create = () => PveClient.create({ host: server.url });

    expect(create).toThrow(UpstreamError);
    expect(create).toThrow('No credentials configured');
  });

  it('tracks the health of the configured host and every cluster member', async () => {
    const single = PveClient.create({ host: server.url, tokenName: 'a@pam!b', tokenValue: 'c' });
    const cluster = PveClient.create({
      host: server.url,
      tokenName: 'a@pam!b',
      tokenValue: 'c',
      clusterEndpoints: [{ ip: '127.0.0.1', host: 'https://127.0.0.1:1' }],
    });

    expect(single.health()).toHaveLength(1);
    expect(cluster.health().map((entry) => entry.healthy)).toEqual([true, true]);
    await Promise.all([single.close(), cluster.close()]);
  });
});
