import { UpstreamError } from '../errors/upstream-error';
import { FakeUpstream } from '../testing/fake-upstream';
import { DEFAULT_AGENT_TIMEOUTS } from './pve-agent.client';
import { PveClient } from './pve.client';

describe('PveAgentClient', () => {
  let server: FakeUpstream;
  let pve: PveClient;

  beforeAll(async () => {
    server = await FakeUpstream.start();
    pve = PveClient.create(
      { host: server.url, tokenName: 'root@pam!pulse', tokenValue: 'agent-secret' },
      // Long enough that the answered retry never times out on a busy machine.
      { agentTimeouts: { ...DEFAULT_AGENT_TIMEOUTS, osinfoMs: 1_000, retryDelayMs: 10 } },
    );
  });

  afterAll(async () => {
    await pve.close();
    await server.close();
  });

  it('retries once after a timeout', async () => {
    let calls = 0;
    server.handler = () => (++calls === 1 ? 'hang' : { data: { result: { id: 'alpine' } } });

    expect(await pve.agent.osInfo('pve1', 101)).toEqual({ id: 'alpine' });
    expect(calls).toBe(2);
  });

  it('does not retry when the agent is not running, and says so', async () => {
    let calls = 0;
    server.handler = (request) => {
      if (request.path.endsWith('/agent/get-fsinfo')) calls++;
      return { status: 500, statusMessage: 'QEMU guest agent is not running' };
    };

    const error = (await pve.agent.fsinfo('pve1', 101).catch((e: unknown) => e)) as UpstreamError;

    expect(calls).toBe(1);
    expect(error.kind).toBe('upstream5xx');
    expect(error.upstreamMessage).toBe('QEMU guest agent is not running');
    expect(error.endpointFault).toBe(false);
  });

  it('reads a non-list fsinfo result as no filesystems', async () => {
    server.handler = () => ({ data: { result: {} } });

    expect(await pve.agent.fsinfo('pve1', 101)).toEqual([]);
  });
});
