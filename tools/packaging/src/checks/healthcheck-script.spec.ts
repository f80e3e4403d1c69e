import { execFile } from 'node:child_process';
import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

import { repoPath } from '../lib/repo-files';

interface ProbeResult {
  code: number;
  stderr: string;
}

function runProbe(env: Record<string, string>): Promise<ProbeResult> {
  const script = repoPath('docker/healthcheck.cjs');

  return new Promise((resolve) => {
    execFile(process.execPath, [script], { env, timeout: 10_000 }, (error, _stdout, stderr) => {
      const code = error ? Number(error.code ?? 1) : 0;
      resolve({ code, stderr });
    });
  });
}

async function serve(
  answer: (response: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/api/health') {
      answer(response);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));

  return server;
}

const portOf = (server: Server) => String((server.address() as AddressInfo).port);

describe('docker/healthcheck.cjs', () => {
  const servers: Server[] = [];
  const start = async (answer: (response: ServerResponse) => void, host?: string) => {
    servers.push(await serve(answer, host));

    return portOf(servers[servers.length - 1]);
  };

  afterAll(() => Promise.all(servers.map((server) => new Promise((done) => server.close(done)))));

  it('exits 0 when /api/health answers 200 with status healthy', async () => {
    const port = await start((response) =>
      response.end(JSON.stringify({ status: 'healthy', timestamp: 1, uptime: 2 })),
    );

    await expect(runProbe({ FRONTEND_PORT: port, BIND_ADDRESS: '0.0.0.0' })).resolves.toEqual({
      code: 0,
      stderr: '',
    });
  });

  it('asks the bind address when the server listens on one address only', async () => {
    const port = await start((response) => response.end('{"status":"healthy"}'), '127.0.0.2');

    const bound = await runProbe({ FRONTEND_PORT: port, BIND_ADDRESS: '127.0.0.2' });
    const wildcard = await runProbe({ FRONTEND_PORT: port, BIND_ADDRESS: '0.0.0.0' });

    expect(bound.code).toBe(0);
    expect(wildcard.code).toBe(1);
  });

  it.each([
    ['an error status', 503, '{"status":"healthy"}', /HTTP 503/],
    ['another status in the body', 200, '{"status":"starting"}', /HTTP 200/],
    ['a body that is not JSON', 200, '<html>', /HTTP 200 <html>/],
  ])('exits 1 on %s', async (_name, status, body, message) => {
    const port = await start((response) => response.writeHead(status).end(body));

    const result = await runProbe({ FRONTEND_PORT: port });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('exits 1 when nothing listens on the port', async () => {
    const server = await serve((response) => response.end());
    const port = portOf(server);
    await new Promise((done) => server.close(done));

    const result = await runProbe({ FRONTEND_PORT: port });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ECONNREFUSED/);
  });
});
