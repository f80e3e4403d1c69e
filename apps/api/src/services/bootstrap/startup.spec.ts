import { existsSync } from 'node:fs';
import { ClientRequest, IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';

import { SpawnedServer } from '../../test/spawned-server';
import { makeTempDir } from '../../test/test-app';

function serverEnv(dataDir: string): Record<string, string> {
  return {
    PULSE_DATA_DIR: dataDir,
    FRONTEND_PORT: '0',
    BIND_ADDRESS: '127.0.0.1',
    PULSE_METRICS_PORT: 'off',
    PULSE_FRONTEND_DIR: join(dataDir, 'no-web-build'),
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
  };
}

/** Resolves once a new connection to the port is refused. */
async function waitUntilRefused(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) {
      return;
    }
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`port ${port} still accepts connections`);
}

/** A POST whose body is sent in two parts; it is in flight once the server said 100 Continue. */
function startSlowRequest(port: number, body: string) {
  let req!: ClientRequest;
  const answer = new Promise<{ status?: number; text: string }>((resolve, reject) => {
    req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/health',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Expect: '100-continue',
      },
    });
    req.on('response', (res: IncomingMessage) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
  });
  const accepted = new Promise<void>((resolve) => req.once('continue', resolve));

  return { req, answer, accepted };
}

describe('the server process', () => {
  jest.setTimeout(30_000);

  let server: SpawnedServer | undefined;

  afterEach(() => server?.kill());

  it('refuses a bad setting with one clear message and exit code 1', async () => {
    const dataDir = makeTempDir('pulse-start-');
    server = new SpawnedServer({ ...serverEnv(dataDir), FRONTEND_PORT: 'abc' });

    const code = await server.waitForExit();

    expect(code).toBe(1);
    expect(server.stderr).toBe(
      'Pulse cannot start. Invalid configuration: ' +
        'FRONTEND_PORT="abc" must be a port number from 0 to 65535\n',
    );
    expect(server.stdout).toBe('');
  });

  it('finishes a request in flight on SIGTERM, closes the database and exits 0', async () => {
    const dataDir = makeTempDir('pulse-stop-');
    server = new SpawnedServer(serverEnv(dataDir));
    const port = await server.waitForPort();
    const body = JSON.stringify({ padding: 'x'.repeat(1000) });
    const slow = startSlowRequest(port, body);
    await slow.accepted;
    slow.req.write(body.slice(0, 10));

    server.signal('SIGTERM');
    await server.waitForLog(
      (line) => line['msg'] === 'Shutting down on SIGTERM; finishing requests in flight',
    );
    await waitUntilRefused(port);
    slow.req.end(body.slice(10));
    const answer = await slow.answer;

    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'Not found' });
    expect(await server.waitForExit()).toBe(0);
    expect(existsSync(join(dataDir, 'pulse.db'))).toBe(true);
    expect(existsSync(join(dataDir, 'pulse.db-wal'))).toBe(false);
  });

  it('cuts a request that outlives PULSE_SHUTDOWN_GRACE and still exits 0', async () => {
    const dataDir = makeTempDir('pulse-grace-');
    server = new SpawnedServer({ ...serverEnv(dataDir), PULSE_SHUTDOWN_GRACE: '300ms' });
    const port = await server.waitForPort();
    const stuck = startSlowRequest(port, 'never sent in full');
    const outcome = stuck.answer.then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await stuck.accepted;

    server.signal('SIGTERM');

    expect(await server.waitForExit()).toBe(0);
    expect(await outcome).toBe('ECONNRESET');
    expect(server.logEntries().map((line) => line['msg'])).toContain(
      'Requests still running after 300 ms; closing their connections',
    );
  });

  it('exits 0 on SIGINT', async () => {
    const dataDir = makeTempDir('pulse-int-');
    server = new SpawnedServer(serverEnv(dataDir));
    await server.waitForPort();

    server.signal('SIGINT');

    expect(await server.waitForExit()).toBe(0);
  });
});
