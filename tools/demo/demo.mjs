// Runs the built Pulse server against the bundled Proxmox simulator (a PVE cluster, a Proxmox
// Backup Server and a Mail Gateway on loopback) and registers the three instances through the
// real node API. Stop it with Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MALLOC_ENV } from '../runtime/malloc-env.mjs';
import { NODE_FLAGS } from '../runtime/node-flags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const port = Number(env.FRONTEND_PORT ?? 7655);
const base = `http://127.0.0.1:${port}`;
const simPort = Number(env.DEMO_SIM_PORT ?? 18006);

function requireBuilt(path) {
  const full = resolve(root, path);
  if (!existsSync(full)) {
    console.error(`${path} is missing: run "npm run build" first (npm run demo does).`);
    process.exit(1);
  }

  return full;
}

async function startSimulator() {
  const require = createRequire(import.meta.url);
  const { startSimulator: start } = require(requireBuilt('dist/tools/proxmox-sim/index.js'));

  return start({
    host: '127.0.0.1',
    ports: { pve: simPort, pbs: simPort + 1, pmg: simPort + 2, control: simPort + 3 },
    tickMs: 2000,
  });
}

function startServer() {
  const server = spawn(process.execPath, [...NODE_FLAGS, requireBuilt('dist/apps/api/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...MALLOC_ENV,
      PULSE_DATA_DIR: resolve(root, 'data/demo'),
      LOG_FORMAT: 'console',
      PULSE_METRICS_PORT: '0',
      BIND_ADDRESS: '127.0.0.1',
      ...env,
      FRONTEND_PORT: String(port),
    },
  });
  server.on('exit', (code) => {
    console.error(`Pulse server exited with code ${code}`);
    process.exit(code ?? 1);
  });

  return server;
}

async function waitForHealth(deadlineMs = 30_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`Pulse did not answer ${base}/api/health within ${deadlineMs / 1000} s`);
}

async function call(method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);

  return text ? JSON.parse(text) : undefined;
}

function demoNodes(sim) {
  const { pve, pbs, pmg } = sim.credentials;

  return [
    {
      type: 'pve',
      name: 'Demo PVE cluster',
      host: sim.pve.url,
      tokenName: pve.tokenId,
      tokenValue: pve.tokenSecret,
    },
    {
      type: 'pbs',
      name: 'Demo Backup Server',
      host: sim.pbs.url,
      tokenName: pbs.tokenId,
      tokenValue: pbs.tokenSecret,
    },
    {
      type: 'pmg',
      name: 'Demo Mail Gateway',
      host: sim.pmg.url,
      user: pmg.user,
      password: pmg.password,
    },
  ];
}

/** The simulator makes new secrets at every start, so existing demo nodes are updated. */
async function registerNodes(sim) {
  const existing = await call('GET', '/api/config/nodes');
  for (const node of demoNodes(sim)) {
    const match = existing.find((item) => item.name === node.name);
    if (match) {
      await call('PUT', `/api/config/nodes/${match.id}`, { ...node, type: undefined });
    } else {
      await call('POST', '/api/config/nodes', node);
    }
  }
}

const sim = await startSimulator();
const server = startServer();
let stopping = false;
/** Waits for the server to finish its shutdown (at most 15 s) so nothing outlives the demo. */
const stop = async () => {
  if (stopping) return;
  stopping = true;
  server.removeAllListeners('exit');
  const exited = new Promise((done) => {
    server.once('exit', done);
    setTimeout(done, 15_000).unref();
  });
  if (server.exitCode === null) server.kill('SIGTERM');
  await Promise.all([exited, sim.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await waitForHealth();
await registerNodes(sim);
console.log(`\nPulse demo is running: open ${base}`);
console.log(`Proxmox simulator: PVE ${sim.pve.url}, PBS ${sim.pbs.url}, PMG ${sim.pmg.url}`);
console.log(`Fault injection API: ${sim.control.url}  (Ctrl+C stops everything)\n`);
