import { Simulator, startSimulator } from '@pulse/proxmox-sim';
import { isGuestAgentError, UpstreamError } from './errors/upstream-error';
import { closedPort } from './testing/fake-upstream';
import { PbsClient } from './pbs/pbs.client';
import { PmgClient } from './pmg/pmg.client';
import { PveClient } from './pve/pve.client';
import { PveClientConfig } from './pve/pve-endpoints';

const SHARED_SECRET = 'b3f4a7c2-0000-4000-8000-shared-secret';

describe('Upstream failures against the Proxmox simulator', () => {
  let sim: Simulator;
  const open: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      scenario: { nodes: 3, guests: 12, agentRatio: 1 },
      seed: 3,
      tickMs: 0,
      credentials: { pve: { tokenSecret: SHARED_SECRET } },
    });
  });

  afterEach(async () => {
    sim.faults.reset();
    await Promise.all(open.splice(0).map((client) => client.close()));
  });

  afterAll(() => sim.close());

  function pve(overrides: Partial<PveClientConfig> = {}): PveClient {
    const client = PveClient.create(
      {
        host: sim.pve.url,
        tokenName: sim.credentials.pve.tokenId,
        tokenValue: SHARED_SECRET,
        timeoutMs: 2_000,
        ...overrides,
      },
      { failoverCooldownMs: 60_000 },
    );
    open.push(client);

    return client;
  }

  async function failure(promise: Promise<unknown>, ...secrets: string[]): Promise<UpstreamError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    for (const secret of [SHARED_SECRET, ...secrets]) {
      expect(JSON.stringify(error)).not.toContain(secret);
      expect(`${error} ${(error as Error).stack}`).not.toContain(secret);
    }

    return error as UpstreamError;
  }

  describe('authentication', () => {
    it('a wrong PVE token secret is an auth error naming the endpoint', async () => {
      const wrong = 'wrong-secret-1234';
      const error = await failure(pve({ tokenValue: wrong }).nodes.nodes(), wrong);

      expect(error.kind).toBe('auth');
      expect(error.status).toBe(401);
      expect(error.message).toBe(
        `Authentication failed: the API token secret was rejected by 127.0.0.1:${sim.pve.port}`,
      );
    });

    it('a wrong PBS token secret and a wrong PMG password are auth errors', async () => {
      const pbs = PbsClient.create({
        host: sim.pbs.url,
        tokenName: sim.credentials.pbs.tokenId,
        tokenValue: 'nope-pbs-secret',
      });
      const pmg = PmgClient.create({
        host: sim.pmg.url,
        user: sim.credentials.pmg.user,
        password: 'nope-pmg-password',
      });
      open.push(pbs, pmg);

      expect(
        (await failure(pbs.version(), 'nope-pbs-secret', sim.credentials.pbs.tokenSecret)).kind,
      ).toBe('auth');
      const pmgError = await failure(
        pmg.version(),
        'nope-pmg-password',
        sim.credentials.pmg.password,
      );
      expect(pmgError.kind).toBe('auth');
      expect(pmgError.message).toContain('user name or password');
    });

    it('an upstream-side auth failure is reported as auth', async () => {
      sim.faults.authFailure('pve');

      expect((await failure(pve().nodes.version())).kind).toBe('auth');
    });

    it('a missing privilege is a permission error telling what to grant', async () => {
      sim.faults.denyPrivilege('pve', '/nodes/*/disks/list', 'Sys.Audit');

      const error = await failure(pve().disks.list('pve1'));

      expect(error.kind).toBe('permission');
      expect(error.message).toContain('The token lacks the Sys.Audit privilege on /nodes/pve1');
      expect(error.message).toContain('grant PVEAuditor on /');
    });
  });

  describe('network and server faults', () => {
    it('a closed port is unreachable', async () => {
      const port = await closedPort();

      const error = await failure(pve({ host: `https://127.0.0.1:${port}` }).nodes.version());

      expect(error.kind).toBe('unreachable');
    });

    it('a never-answering endpoint times out within the budget', async () => {
      const started = Date.now();

      const error = await failure(pve({ host: sim.blackhole.url, timeoutMs: 500 }).nodes.version());

      expect(error.kind).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('a hanging request times out; a dropped connection is unreachable', async () => {
      const client = pve({ timeoutMs: 400 });
      const hang = sim.faults.hang('pve');
      expect((await failure(client.nodes.version())).kind).toBe('timeout');

      sim.faults.remove(hang.id);
      sim.faults.dropConnections('pve');
      expect((await failure(client.nodes.version())).kind).toBe('unreachable');
    });

    it('HTTP 500 answers are upstream5xx', async () => {
      sim.faults.errorRate('pve', 1);

      const error = await failure(pve().nodes.nodes());

      expect(error.kind).toBe('upstream5xx');
      expect(error.status).toBe(500);
    });

    it('an offline node answers 595 and is reported as offline', async () => {
      sim.faults.nodeOffline('pve', 'pve2');

      const error = await failure(pve().nodes.status('pve2'));

      expect(error.kind).toBe('offline');
      expect(error.message).toContain('Node pve2 is offline');
    });

    it('a stopped guest agent is a guest agent error, not an endpoint fault', async () => {
      const client = pve();
      const vm = (await client.cluster.resources('vm')).find(
        (r) => r.type === 'qemu' && r.status === 'running' && !r.template,
      );
      sim.faults.agentUnavailable(vm?.vmid);

      const error = await failure(client.agent.fsinfo(vm?.node ?? '', vm?.vmid ?? 0));

      expect(isGuestAgentError(error)).toBe(true);
      expect(error.endpointFault).toBe(false);
    });
  });

  describe('TLS pinning', () => {
    it('the pinned fingerprint passes; a rotated certificate is a TLS error', async () => {
      const pinned = sim.fingerprints.pve;
      const client = pve({ fingerprint: pinned });
      await client.nodes.version();

      const rotated = await sim.faults.rotateCertificate('pve');
      // Pins are checked per connection; the simulator keeps old sockets open, so connect anew.
      const error = await failure(pve({ fingerprint: pinned }).nodes.version());

      expect(error.kind).toBe('tls');
      expect(error.message).toContain(`the pinned fingerprint is ${pinned}`);
      expect(error.message).toContain(`presented ${rotated}`);
      await expect(pve({ fingerprint: rotated }).nodes.version()).resolves.toBeDefined();
    });

    it('verifySSL rejects the self-signed certificate', async () => {
      expect((await failure(pve({ verifySSL: true }).nodes.version())).kind).toBe('tls');
    });
  });

  describe('cluster failover', () => {
    it('uses a healthy member when the configured host is down', async () => {
      const port = await closedPort();
      const client = pve({
        host: `https://127.0.0.1:${port}`,
        clusterEndpoints: [{ nodeName: 'pve2', host: sim.pve.url }],
      });

      expect((await client.nodes.nodes()).length).toBe(3);
      expect(client.health().map((h) => h.healthy)).toEqual([false, true]);
    });

    it('moves to a second member when the first one dies', async () => {
      const second = await startSimulator({
        host: '127.0.0.1',
        scenario: { nodes: 3, guests: 12 },
        seed: 3,
        tickMs: 0,
        credentials: { pve: { tokenSecret: SHARED_SECRET } },
      });
      const first = await startSimulator({
        host: '127.0.0.1',
        scenario: { nodes: 3, guests: 12 },
        seed: 3,
        tickMs: 0,
        credentials: { pve: { tokenSecret: SHARED_SECRET } },
      });
      try {
        const client = pve({ host: first.pve.url, clusterEndpoints: [{ host: second.pve.url }] });
        await client.nodes.version();
        expect(client.health()[0].healthy).toBe(true);

        await first.close();

        expect((await client.nodes.nodes()).length).toBe(3);
        expect(client.health().map((h) => h.healthy)).toEqual([false, true]);
      } finally {
        await second.close();
      }
    });

    it('does not fail over on an auth error', async () => {
      const port = await closedPort();
      const client = pve({
        tokenValue: 'not-the-secret',
        clusterEndpoints: [{ host: `https://127.0.0.1:${port}` }],
      });

      expect((await failure(client.nodes.nodes(), 'not-the-secret')).kind).toBe('auth');
      expect(client.health().map((h) => h.healthy)).toEqual([true, true]);
    });
  });
});
