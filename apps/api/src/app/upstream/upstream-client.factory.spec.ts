import { Test } from '@nestjs/testing';
import { closedPort, FakeUpstream } from './testing/fake-upstream';
import { UpstreamClientFactory } from './upstream-client.factory';
import { UpstreamModule } from './upstream.module';

describe('UpstreamClientFactory', () => {
  let factory: UpstreamClientFactory;
  let server: FakeUpstream;

  beforeAll(async () => {
    const module = await Test.createTestingModule({ imports: [UpstreamModule] }).compile();
    factory = module.get(UpstreamClientFactory);
    server = await FakeUpstream.start();
    server.handler = (request) =>
      request.path === '/admin/datastore'
        ? { data: [{ store: 'main' }] }
        : { data: { version: '3.3.2' } };
  });

  afterAll(() => server.close());

  it('tests a PBS connection and closes the client', async () => {
    const result = await factory.testPbs({
      host: server.url,
      tokenName: 'a@pbs!b',
      tokenValue: 'c',
    });

    expect(result).toMatchObject({ ok: true, version: '3.3.2', datastores: ['main'] });
  });

  it('turns bad settings into a failed result instead of throwing', async () => {
    const result = await factory.testPve({
      host: server.url,
      tokenName: 'bare',
      tokenValue: 'secret-x',
    });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('auth');
    expect(!result.ok && result.error.message).toContain('user@realm!tokenid');
  });

  it('reports an unreachable host', async () => {
    const port = await closedPort();

    const result = await factory.testPmg({
      host: `127.0.0.1:${port}`,
      user: 'root@pam',
      password: 'p',
    });

    expect(!result.ok && result.error.kind).toBe('unreachable');
  });
});
