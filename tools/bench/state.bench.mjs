// Polls a simulated PVE cluster with the built server and measures: CPU per poll cycle,
// GET /api/state latency and size against the bare JSON.stringify floor, how long an update
// takes to reach 100 WebSocket clients (full and delta), and RSS after a long run, optionally
// with days of synthetic history in metrics.db (loaded while the server is stopped, which also
// shows that the history survives a restart).
// Usage: node tools/bench/state.bench.mjs --nodes 50 --guests 2000 [--cycles 6]
//        [--interval 10] [--requests 200] [--clients 100] [--minutes 0] [--history-days 0]
//        [--migrate 0] [--cpu-prof <dir>] [--memory-log <file>] [--history-db <metrics.db>]
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { measureFanOut } from './lib/fan-out.mjs';
import {
  arg,
  cpuMs,
  fmt,
  getBytes,
  peakRssMb,
  percentiles,
  root,
  rssMb,
  sleep,
  startServer,
  startSimulator,
  textArg,
  waitFor,
} from './lib/harness.mjs';
import { threadCpuMs, threadShares } from './lib/thread-cpu.mjs';

const nodes = arg('nodes', 50);
const guests = arg('guests', 2000);
const cycles = arg('cycles', 6);
const intervalS = arg('interval', 10);
const requests = arg('requests', 200);
const clients = arg('clients', 100);
const minutes = arg('minutes', 0);
const historyDays = arg('history-days', 0);
const cpuProfDir = textArg('cpu-prof', undefined);
// JSON lines of the server's process.memoryUsage() every 10 s (lib/memory-log.cjs).
const memoryLog = textArg('memory-log', undefined);
// A metrics.db kept from an earlier --history-days run (a hard link of it, made while that run
// went on): the server starts on a new data directory holding a hard link of it, which skips
// the 15 to 25 minutes of writing. The file must be on the same file system as the temp dir.
const historyDb = textArg('history-db', undefined);
// Migrations are off by default so that runs compare on a steady estate; a migrating guest no
// longer fails a cycle (its status read answers 500 and becomes a warning).
const migrate = arg('migrate', 0);
const MiB = 1048576;
const load = () =>
  `machine load ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`;
const nodeOptions = [
  // For a --require'd hook or V8 flags while investigating.
  process.env.BENCH_SERVER_NODE_OPTIONS,
  memoryLog && `--require ${root}/tools/bench/lib/memory-log.cjs`,
].filter(Boolean);
const serverEnv = {
  PVE_POLLING_INTERVAL: `${intervalS}s`,
  ...(nodeOptions.length ? { NODE_OPTIONS: nodeOptions.join(' ') } : {}),
  ...(memoryLog ? { PULSE_BENCH_MEMORY_LOG: memoryLog } : {}),
  // More server settings as JSON, e.g. '{"PULSE_HISTORY_MEMORY_WINDOW":"5m"}'.
  ...JSON.parse(process.env.BENCH_SERVER_ENV ?? '{}'),
};

async function addCluster(server, sim) {
  const res = await fetch(`${server.base}/api/config/nodes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'pve',
      name: 'bench',
      host: sim.pve.url,
      tokenName: sim.credentials.pve.tokenId,
      tokenValue: sim.credentials.pve.tokenSecret,
    }),
  });
  if (res.status !== 201) throw new Error(`adding the node failed: ${await res.text()}`);
}

async function waitForGuests(server, expected) {
  const started = Date.now();
  await waitFor(
    async () => {
      const state = await (await fetch(`${server.base}/api/state`)).json();

      return state.vms.length + state.containers.length >= expected;
    },
    180_000,
    'all guests in /api/state',
  );

  return Date.now() - started;
}

/** Stops the server, writes the synthetic history into its metrics.db, starts it again. */
async function loadHistory(server, expected) {
  await server.stop({ keepData: true });
  const output = execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/bench/fill-history.ts', server.dataDir],
    {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json' },
      encoding: 'utf8',
    },
  );
  console.log(output.trim());
  const restarted = await startServer(serverEnv, { dataDir: server.dataDir, cpuProfDir });
  const ms = await waitForGuests(restarted, expected);
  console.log(`restarted on the same data directory: all guests back after ${ms} ms`);

  return restarted;
}

async function measureCycles(server, sim) {
  const ticker = setInterval(() => sim.tick(), intervalS * 1000);
  const before = cpuMs(server.pid);
  const threadsBefore = threadCpuMs(server.pid);
  const started = Date.now();
  await sleep(cycles * intervalS * 1000);
  const used = cpuMs(server.pid) - before;
  const wall = Date.now() - started;
  const threads = threadShares(threadsBefore, threadCpuMs(server.pid), wall);
  clearInterval(ticker);
  const polls = Number(
    queryMetricsDb(server, 'SELECT count(DISTINCT ts) FROM guest_raw WHERE ts >= ? AND ts < ?', [
      Math.floor(started / 1000),
      Math.ceil((started + wall) / 1000),
    ]),
  );

  return { perCycle: used / Math.max(1, polls), polls, share: (100 * used) / wall, threads };
}

/** One value from the server's metrics.db, read in a child (better-sqlite3 is CommonJS). */
function queryMetricsDb(server, sql, params = []) {
  const script = `
const db = new (require('better-sqlite3'))(process.argv[1], { readonly: true });
console.log(db.prepare(process.argv[2]).pluck().get(...JSON.parse(process.argv[3])));`;

  return execFileSync(
    process.execPath,
    ['-e', script, `${server.dataDir}/metrics.db`, sql, JSON.stringify(params)],
    { cwd: root, encoding: 'utf8' },
  ).trim();
}

async function measureState(server) {
  const times = [];
  let body;
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    ({ body } = await getBytes(`${server.base}/api/state`, { 'accept-encoding': 'identity' }));
    times.push(performance.now() - started);
  }
  // What the server sends a client that takes gzip (it compresses each version once); asked
  // before the floor's seconds of work, which would outlast the connection's keep-alive.
  const gzip = (await getBytes(`${server.base}/api/state`, { 'accept-encoding': 'gzip' })).body
    .length;
  const parsed = JSON.parse(body.toString());
  const floor = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    JSON.stringify(parsed);
    floor.push(performance.now() - started);
  }

  return {
    http: percentiles(times),
    floor: percentiles(floor),
    bytes: body.length,
    gzip,
  };
}

/** One request per range; with history loaded, 7d reads hour rows of every guest. */
async function measureCharts(server) {
  for (const range of ['1h', '24h', '7d']) {
    const started = performance.now();
    const res = await getBytes(`${server.base}/api/charts?range=${range}`, {
      'accept-encoding': 'identity',
    });
    const ms = performance.now() - started;
    const size = (res.body.length / MiB).toFixed(1);
    console.log(`GET /api/charts?range=${range}: ${res.status}, ${fmt(ms)}, ${size} MiB`);
  }
  const started = performance.now();
  const gzip = await getBytes(`${server.base}/api/charts?range=24h`, { 'accept-encoding': 'gzip' });
  console.log(
    `GET /api/charts?range=24h with gzip: ${gzip.status}, ${fmt(performance.now() - started)}, ` +
      `${(gzip.body.length / MiB).toFixed(1)} MiB`,
  );
}

/** metrics.db and its write-ahead log, and the guest rows in it. */
function printMetricsDb(server) {
  const path = `${server.dataDir}/metrics.db`;
  const size = (suffix) => (existsSync(path + suffix) ? statSync(path + suffix).size : 0);
  const series = queryMetricsDb(server, "SELECT count(*) FROM series WHERE kind = 'guest'");
  const rows = ['raw', 'minute', 'hour', 'day'].map(
    (tier) => `${tier} ${queryMetricsDb(server, `SELECT count(*) FROM guest_${tier}`)}`,
  );
  console.log(
    `metrics.db ${(size('') / MiB).toFixed(1)} MiB + WAL ${(size('-wal') / MiB).toFixed(1)} ` +
      `MiB; guest series ${series}, rows ${rows.join(', ')}`,
  );
}

async function runFor(sim, ms) {
  const ticker = setInterval(() => sim.tick(), intervalS * 1000);
  await sleep(ms);
  clearInterval(ticker);
}

function printState(state) {
  const { http, floor } = state;
  console.log(
    `GET /api/state: p50 ${fmt(http.p50)}, p99 ${fmt(http.p99)}, mean ${fmt(http.mean)}; ` +
      `${(state.bytes / MiB).toFixed(2)} MiB (${(state.gzip / MiB).toFixed(2)} MiB gzip)`,
  );
  console.log(
    `JSON.stringify floor: p50 ${fmt(floor.p50)}, p99 ${fmt(floor.p99)}, ` +
      `mean ${fmt(floor.mean)}; ` +
      `p99 ratio ${(http.p99 / floor.p99).toFixed(2)}x`,
  );
}

function printFanOut(delta, fan) {
  console.log(
    `${clients} WebSocket clients (${delta ? 'delta' : 'full'}, ${fan.type} of ` +
      `${(fan.bytes / MiB).toFixed(2)} MiB): ` +
      `state change to last client ${fmt(fan.fromChangeMs)} ` +
      `(per client p50 ${fmt(fan.perClient.p50)}), first to last client ${fmt(fan.spreadMs)}`,
  );
}

console.log(`${new Date().toISOString()}, node ${process.version}, ${load()}`);
const simStarted = Date.now();
const sim = await startSimulator({
  scenario: { nodes, guests, events: { migrate } },
  tickMs: 0,
});
console.log(`simulator ${nodes} nodes / ${guests} guests ready in ${Date.now() - simStarted} ms`);
let server = await startServer(serverEnv, { cpuProfDir, dataDir: historyDataDir() });
try {
  await addCluster(server, sim);
  const expected = sim.inventory().guests.length;
  console.log(
    `first poll: all ${expected} guests in /api/state after ` +
      `${await waitForGuests(server, expected)} ms`,
  );
  if (historyDays > 0 && !historyDb) {
    server = await loadHistory(server, expected);
  }
  const cpu = await measureCycles(server, sim);
  console.log(
    `CPU per poll cycle: ${fmt(cpu.perCycle)} (${cpu.polls} polls recorded in ` +
      `${cycles * intervalS} s; ${cpu.share.toFixed(1)}% of one core at a ${intervalS} s ` +
      `interval); ${load()}`,
  );
  console.log(`  by thread: ${cpu.threads}`);
  if (requests > 0) printState(await measureState(server));
  for (const delta of clients > 0 ? [false, true] : []) {
    const fan = await measureFanOut({
      port: server.port,
      count: clients,
      delta,
      change: () => sim.tick(),
      timeoutMs: (intervalS * 3 + 60) * 1000,
    });
    printFanOut(delta, fan);
  }
  if (historyDays > 0 || historyDb) {
    await measureCharts(server);
  }
  console.log(`RSS before the long run: ${rssMb(server.pid).toFixed(0)} MB; ${load()}`);
  if (minutes > 0) {
    const before = cpuMs(server.pid);
    const threadsBefore = threadCpuMs(server.pid);
    await runFor(sim, minutes * 60_000);
    const share = (100 * (cpuMs(server.pid) - before)) / (minutes * 60_000);
    const threads = threadShares(threadsBefore, threadCpuMs(server.pid), minutes * 60_000);
    console.log(
      `RSS after ${minutes} min of polling: ${rssMb(server.pid).toFixed(0)} MB ` +
        `(CPU over that time ${share.toFixed(1)}% of one core); ${load()}`,
    );
    console.log(`  by thread: ${threads}`);
  }
  console.log(`peak RSS of the server: ${peakRssMb(server.pid).toFixed(0)} MB`);
  if (memoryLog) printMemoryLog(memoryLog);
  printMetricsDb(server);
} finally {
  await server.stop();
  await sim.close();
}

/** A new data directory with a hard link of --history-db as its metrics.db, if given. */
function historyDataDir() {
  if (!historyDb) return undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
  linkSync(historyDb, join(dataDir, 'metrics.db'));
  console.log(`history from ${historyDb} (${(statSync(historyDb).size / MiB).toFixed(0)} MiB)`);

  return dataDir;
}

/** Lowest, median and highest of each memoryUsage() figure the server logged (MiB). */
function printMemoryLog(file) {
  if (!existsSync(file)) return;
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map(JSON.parse);
  if (!lines.length) return;
  const parts = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'].map((key) => {
    const values = lines.map((line) => line[key]).sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)];

    return `${key} ${values[0]} / ${median} / ${values[values.length - 1]}`;
  });
  console.log(`server memoryUsage() over ${lines.length} samples, MiB min / median / max:`);
  console.log(`  ${parts.join('; ')}`);
}
