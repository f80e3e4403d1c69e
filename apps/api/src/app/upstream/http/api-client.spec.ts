import { UpstreamError } from '../errors/upstream-error';
import { closedPort, FakeUpstream, silentListener } from '../testing/fake-upstream';
import { makeTestCertificate, TestCertificate } from '../testing/test-certificate';
import { ApiClient } from './api-client';
import { TokenAuth } from './auth';
import { HttpEndpoint } from './http-endpoint';
import { TlsSettings } from './tls';

const SECRET = 'c0ffee00-dead-beef-0000-supersecret';
const identity = (data: unknown) => data;

describe('ApiClient', () => {
  let certificate: TestCertificate;
  let otherCertificate: TestCertificate;
  let server: FakeUpstream;
  const clients: ApiClient[] = [];

  beforeAll(async () => {
    [certificate, otherCertificate] = await Promise.all([
      makeTestCertificate('first'),
      makeTestCertificate('second'),
    ]);
    server = await FakeUpstream.start(certificate);
  });

  afterAll(() => server.close());

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    server.handler = () => ({ data: { version: '8.4.1' } });
  });

  function client(tls: TlsSettings = { verifySSL: false }, host = server.url, budgetMs = 5_000) {
    const endpoint = new HttpEndpoint('pve', host, tls);
    const created = new ApiClient(
      endpoint,
      new TokenAuth('PVEAPIToken', 'root@pam!pulse', SECRET),
      budgetMs,
    );
    clients.push(created);

    return created;
  }

  async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(String(error)).not.toContain(SECRET);
    expect((error as Error).stack ?? '').not.toContain(SECRET);

    return error as UpstreamError;
  }

  describe('requests', () => {
    it('unwraps the data envelope and sends token, query and no compression', async () => {
      server.handler = () => ({ data: [{ node: 'pve1' }] });

      const data = await client().get('/nodes', identity, { query: { type: 'vm', x: undefined } });

      expect(data).toEqual([{ node: 'pve1' }]);
      const request = server.requests.at(-1);
      expect(request?.path).toBe('/nodes');
      expect(request?.query.toString()).toBe('type=vm');
      expect(request?.headers.authorization).toBe(`PVEAPIToken=root@pam!pulse=${SECRET}`);
      expect(request?.headers['accept-encoding']).toBe('identity');
    });

    it('reads a body of many chunks whole, multi-byte characters split across them', async () => {
      const names = Array.from({ length: 20_000 }, (_, i) => `vm-ü€😀-${i}`);
      server.handler = () => ({ data: names.map((name) => ({ name })) });

      const data = (await client().get('/big', identity)) as { name: string }[];

      expect(data.map(({ name }) => name)).toEqual(names);
    });

    it('passes the PMG-style total to the decoder', async () => {
      server.handler = () => ({ raw: JSON.stringify({ data: [{}], total: '17' }) });

      const total = await client().get('/q', (_data, envelope) => envelope.total);

      expect(total).toBe(17);
    });

    it('keeps connections alive instead of opening one per call', async () => {
      const api = client();
      const before = server.connections;
      for (let call = 0; call < 6; call++) {
        await api.get('/a', identity);
      }

      // undici warms up a second connection right after the first exchange, then reuses both.
      expect(server.connections - before).toBeLessThanOrEqual(2);
    });
  });

  describe('malformed answers', () => {
    it('HTML instead of JSON hints at the port', async () => {
      server.handler = () => ({
        raw: '<!DOCTYPE html><html></html>',
        headers: { 'content-type': 'text/html' },
      });

      const error = await failure(client().get('/version', identity));

      expect(error.kind).toBe('malformed');
      expect(error.message).toContain('HTML page instead of JSON');
    });

    it('invalid JSON and a missing envelope are malformed', async () => {
      server.handler = () => ({ raw: '{"data": [1,' });
      expect((await failure(client().get('/x', identity))).message).toContain('invalid JSON');

      server.handler = () => ({ raw: '{"result": 1}' });
      expect((await failure(client().get('/x', identity))).message).toContain('envelope');
    });

    it('a decoder failure becomes a malformed error with the path', async () => {
      server.handler = () => ({ data: { not: 'a list' } });
      const decodeList = (await import('../decode/shape')).decodeList;

      const error = await failure(client().get('/nodes', (data) => decodeList(data, {})));

      expect(error.kind).toBe('malformed');
      expect(error.message).toContain('GET /nodes: expected a list, got object');
    });
  });

  describe('status codes', () => {
    it('uses the HTTP status line text from Proxmox', async () => {
      server.handler = () => ({
        status: 403,
        statusMessage: 'Permission check failed (/nodes/pve1, Sys.Audit)',
      });

      const error = await failure(client().get('/nodes/pve1/disks/list', identity));

      expect(error.kind).toBe('permission');
      expect(error.status).toBe(403);
      expect(error.message).toContain('Sys.Audit privilege on /nodes/pve1: grant PVEAuditor on /');
    });

    it('reads a JSON error body', async () => {
      server.handler = () => ({
        status: 500,
        raw: JSON.stringify({ data: null, message: 'storage backend exploded' }),
      });

      const error = await failure(client().get('/storage', identity));

      expect(error.kind).toBe('upstream5xx');
      expect(error.upstreamMessage).toBe('storage backend exploded');
    });

    it('a rejected token is an auth error that never shows the secret', async () => {
      server.handler = () => ({ status: 401, statusMessage: `invalid token ${SECRET}` });

      const error = await failure(client().get('/version', identity));

      expect(error.kind).toBe('auth');
      expect(error.message).toMatch(
        /^Authentication failed: the API token secret was rejected by 127\.0\.0\.1:\d+$/,
      );
    });
  });

  describe('network failures', () => {
    it('a closed port is unreachable', async () => {
      const port = await closedPort();

      const error = await failure(
        client({ verifySSL: false }, `https://127.0.0.1:${port}`).get('/version', identity),
      );

      expect(error.kind).toBe('unreachable');
      expect(error.code).toBe('ECONNREFUSED');
      expect(error.message).toContain(`Cannot reach 127.0.0.1:${port}: the connection was refused`);
    });

    it('a dropped connection is unreachable', async () => {
      server.handler = () => 'drop';

      const error = await failure(client().get('/version', identity));

      expect(error.kind).toBe('unreachable');
    });

    it('a request that never gets an answer times out within the per-call cap', async () => {
      server.handler = () => 'hang';
      const started = Date.now();

      const error = await failure(
        client().get('/nodes/pve1/rrddata', identity, { timeoutMs: 300 }),
      );

      expect(error.kind).toBe('timeout');
      expect(error.message).toContain('did not answer GET /nodes/pve1/rrddata within 0.3 s');
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it('a listener that never completes the TLS handshake times out', async () => {
      const silent = await silentListener();
      try {
        const api = client({ verifySSL: false }, `https://127.0.0.1:${silent.port}`, 400);

        const error = await failure(api.get('/version', identity));

        expect(error.kind).toBe('timeout');
      } finally {
        await silent.close();
      }
    });

    it('the instance budget caps a larger per-call timeout', async () => {
      server.handler = () => 'hang';

      const error = await failure(
        client({ verifySSL: false }, server.url, 250).get('/x', identity, { timeoutMs: 60_000 }),
      );

      expect(error.message).toContain('within 0.3 s');
    });
  });

  describe('TLS', () => {
    it('verifySSL rejects a self-signed certificate', async () => {
      const error = await failure(client({ verifySSL: true }).get('/version', identity));

      expect(error.kind).toBe('tls');
      expect(error.message).toContain('pin its fingerprint or turn off certificate verification');
    });

    it('verifySSL off accepts any certificate', async () => {
      await expect(client({ verifySSL: false }).get('/version', identity)).resolves.toEqual({
        version: '8.4.1',
      });
    });

    it('a pinned fingerprint is accepted in any case and with or without colons', async () => {
      const lower = certificate.fingerprint.toLowerCase();
      const bare = certificate.fingerprint.replace(/:/g, '');

      await expect(
        client({ verifySSL: true, fingerprint: lower }).get('/v', identity),
      ).resolves.toBeDefined();
      await expect(
        client({ verifySSL: false, fingerprint: bare }).get('/v', identity),
      ).resolves.toBeDefined();
    });

    it('a changed certificate under pinning is a TLS error with both fingerprints', async () => {
      const error = await failure(
        client({ verifySSL: false, fingerprint: otherCertificate.fingerprint }).get('/v', identity),
      );

      expect(error.kind).toBe('tls');
      expect(error.code).toBe('FINGERPRINT_MISMATCH');
      expect(error.message).toContain('changed');
      expect(error.message).toContain(otherCertificate.fingerprint);
      expect(error.message).toContain(certificate.fingerprint);
    });

    it('notices a certificate rotated while the client was connected', async () => {
      const rotating = await FakeUpstream.start(certificate);
      rotating.handler = () => ({ data: 'ok' });
      try {
        const api = client(
          { verifySSL: false, fingerprint: certificate.fingerprint },
          rotating.url,
        );
        await expect(api.get('/v', identity)).resolves.toBe('ok');

        rotating.rotateCertificate(otherCertificate);
        const error = await failure(api.get('/v', identity));

        expect(error.code).toBe('FINGERPRINT_MISMATCH');
      } finally {
        await rotating.close();
      }
    });

    it('an invalid fingerprint is refused when the client is built', () => {
      expect(() => client({ verifySSL: false, fingerprint: 'AB:CD' })).toThrow(UpstreamError);
    });
  });
});
