// Shared pieces of the benchmarks: the built simulator and server on loopback, process
// figures from /proc, and percentiles. Everything stops by itself.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MALLOC_ENV } from '../../runtime/malloc-env.mjs';
import { NODE_FLAGS } from '../../runtime/node-flags.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TICKS_PER_SECOND = 100;

export function built(path) {
  const full = resolve(root, path);
  if (!existsSync(full)) {
    throw new Error(`${path} is missing: run "npm run build" first`);
  }

  return full;
}

export function startSimulator(options) {
  const require = createRequire(import.meta.url);
  const { startSimulator: start } = require(built('dist/tools/proxmox-sim/index.js'));

  return start({ host: '127.0.0.1', ...options });
}

export async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));

  return port;
}

/** The built server in a child process on a temporary data directory. */
export async function startServer(env = {}, options = {}) {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pulse-bench-'));
  const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  // V8 flags that NODE_OPTIONS refuses, e.g. BENCH_SERVER_NODE_ARGS='--heap-growing-percent=50'.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // The V8 flags of the image and `npm start` first, so BENCH_SERVER_NODE_ARGS can override them.
  const args = [...NODE_FLAGS, ...nodeArgs, ...profile, built('dist/apps/api/main.js')];
  // The server's stdout (its logs, V8 traces such as --trace-gc) goes to this file when set.
  const stdoutFile = process.env.BENCH_SERVER_STDOUT;
  const stdout = stdoutFile ? openSync(stdoutFile, 'a') : 'ignore';
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', stdout, 'inherit'],
    // The malloc settings of the image and `npm start`; BENCH_SERVER_ENV may override them.
    env: {
      PATH: process.env.PATH,
      ...MALLOC_ENV,
      PULSE_DATA_DIR: dataDir,
      FRONTEND_PORT: String(port),
      BIND_ADDRESS: '127.0.0.1',
      PULSE_METRICS_PORT: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/api/health`).catch(() => null))?.ok, 30_000);

  return {
    base,
    port,
    dataDir,
    pid: child.pid,
    /** Stops the server; its data directory stays when `keepData` is set. */
    async stop({ keepData = false } = {}) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function waitFor(condition, timeoutMs, label = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await sleep(100);
  }
  throw new Error(`${label} not met within ${timeoutMs} ms`);
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** User plus system CPU time of a process, in milliseconds. */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);

  return Number(line[1]) / 1024;
}

/** The highest RSS the process has had (`VmHWM`), in MB. */
export function peakRssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);

  return Number(line[1]) / 1024;
}

export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;

  return { p50: at(50), p99: at(99), mean };
}

export function arg(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);

  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

export const fmt = (ms) => `${ms.toFixed(2)} ms`;

export function textArg(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);

  return index === -1 ? fallback : process.argv[index + 1];
}

/** GET over plain node:http (less client work than fetch): status, headers and body bytes. */
export function getBytes(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
