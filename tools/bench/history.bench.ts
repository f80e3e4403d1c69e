// Benchmark: metrics history at 10,000 guests. Starts the real server in this process on a temp
// data dir (loopback, port 0), records 10 s poll cycles through the state store, fills the
// older part of a 7-day history directly into metrics.db (simulated time, compressed), times the
// rollups and GET /api/charts, and prints RSS. Run:
//   SWC_NODE_PROJECT=apps/api/tsconfig.app.json node --expose-gc -r @swc-node/register \
//     tools/bench/history.bench.ts [--guests 10000] [--cycles 360] [--days 7] [--requests 5]
// Add --disk-guests 200 to also measure disk use per guest-year on a separate file, and
// --profile-charts 1 to write a CPU profile of the chart requests alone (its path is printed).
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { VM } from '@pulse/contracts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

import { ChartsService } from '../../apps/api/src/app/history/charts.service';
import { HistoryRecorder } from '../../apps/api/src/app/history/recording/history-recorder.service';
import * as maintenance from '../../apps/api/src/app/history/storage/history-maintenance.service';
import { MetricsDatabase } from '../../apps/api/src/app/history/storage/metrics-database.service';
import {
  fillGuestTier,
  measureGuestYear,
} from '../../apps/api/src/app/history/testing/synthetic-history';
import {
  nodeItem,
  storageItem,
  vmItem,
} from '../../apps/api/src/app/history/testing/state-fixtures';
import { StateStore } from '../../apps/api/src/app/state/state-store.service';
import { createPulseApp } from '../../apps/api/src/services/bootstrap/create-app';
import { loadConfig } from '../../apps/api/src/services/config/load-config';

const args = parseArgs(process.argv.slice(2));
const GUESTS = args['guests'] ?? 10_000;
const NODES = Math.max(1, Math.round(GUESTS / 50));
const STORAGES = NODES * 2;
const CYCLES = args['cycles'] ?? 360;
const DAYS = args['days'] ?? 7;
const REQUESTS = args['requests'] ?? 5;
const STEP_MS = 10_000;
const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pulse-history-bench-'));
  const config = loadConfig({
    PULSE_DATA_DIR: dataDir,
    PULSE_METRICS_PORT: 'off',
    PULSE_FRONTEND_DIR: join(dataDir, 'none'),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    // The bench drives rollups itself.
    PULSE_HISTORY_ROLLUP_INTERVAL: '24h',
  });
  const app = await createPulseApp({ config });
  await app.listen(0, '127.0.0.1');
  const now = Math.floor(Date.now() / 1000) * 1000;
  try {
    console.log(`history bench: ${GUESTS} guests, ${NODES} nodes, ${STORAGES} storages`);
    reportMemory('at start');
    await recordCycles(app, now);
    reportMemory('after recording');
    fillOlderHistory(app, now);
    await timeRollups(app, now);
    await profiled(args['profile-charts'] ? 'history-charts' : undefined, () => timeQueries(app));
    reportMemory('after the chart queries');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (args['disk-guests']) {
    measureDisk(args['disk-guests']);
  }
}

/** The write path: one batch per 10 s cycle, as a PVE poller would apply it. */
async function recordCycles(app: NestExpressApplication, now: number): Promise<void> {
  const store = app.get(StateStore);
  const recorder = app.get(HistoryRecorder);
  const handleMs = timeMethod(recorder, 'handle');
  const flushMs = timeMethod(recorder, 'flush');
  const applyMs: number[] = [];
  const cpuMs: number[] = [];
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const batch = pollBatch(now - (CYCLES - cycle) * STEP_MS, cycle);
    const cpu = process.cpuUsage();
    const started = performance.now();
    store.apply(batch);
    await nextTurn();
    applyMs.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  console.log(`\nwrite path, ${CYCLES} cycles of ${GUESTS} guests × 7 metrics:`);
  report('  recorder (last values, rings, queue)', handleMs);
  report('  metrics.db write (one transaction)', flushMs);
  report('  whole cycle incl. state store diff', applyMs);
  report('  CPU time per cycle', cpuMs);
  const share = (mean(handleMs) + mean(flushMs)) / STEP_MS;
  console.log(`  history share of one core at a 10 s cycle: ${(share * 100).toFixed(2)} %`);
}

function pollBatch(at: number, cycle: number) {
  const load = (i: number) => ((i * 7 + cycle * 13) % 100) / 100;
  const vms: VM[] = [];
  for (let i = 0; i < GUESTS; i++) {
    const vm = vmItem(guestId(i), load(i));
    vm.networkIn = (i * 977 + cycle * 131) % 5_000_000;
    vm.diskWrite = (i * 353 + cycle * 17) % 2_000_000;
    vms.push(vm);
  }
  const nodes = Array.from({ length: NODES }, (_, i) => nodeItem(`pve-node${i}`, load(i)));
  const storage = Array.from({ length: STORAGES }, (_, i) =>
    storageItem(`pve-node${i % NODES}-s${i}`, 100 + ((i + cycle) % 800)),
  );

  return { source: 'pve:bench', at, collections: { vms, nodes, storage } };
}

function guestId(i: number): string {
  return `pve-node${i % NODES}-${100 + i}`;
}

/** Hour and day rows for the days before the recorded hour, straight into metrics.db. */
function fillOlderHistory(app: NestExpressApplication, now: number): void {
  const { repository } = app.get(MetricsDatabase);
  const firstRaw = Math.floor((now - CYCLES * STEP_MS) / 1000);
  const hourEnd = firstRaw - (firstRaw % 3600);
  const dayEnd = hourEnd - (hourEnd % 86_400);
  const from = Math.floor(now / 1000) - DAYS * 86_400;
  const started = performance.now();
  const hours = fillGuestTier(repository, 'hour', from - (from % 3600), hourEnd);
  const days = fillGuestTier(repository, 'day', from - (from % 86_400), dayEnd);
  repository.setDoneUntil('guest', 'hour', hourEnd);
  repository.setDoneUntil('guest', 'day', dayEnd);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nfilled ${DAYS} days before that: ${hours} hour rows, ${days} day rows (${seconds} s)`,
  );
}

/** Catch-up of the recorded raw points, then one steady-state minute. */
async function timeRollups(app: NestExpressApplication, now: number): Promise<void> {
  const database = app.get(MetricsDatabase);
  const steps = new Map<string, number[]>();
  const step = database.rollup.step.bind(database.rollup);
  database.rollup.step = (nowSec: number) => {
    const started = performance.now();
    const done = step(nowSec);
    if (done) {
      const key = `${done.action} ${done.kind} → ${done.tier}`;
      steps.set(key, [...(steps.get(key) ?? []), performance.now() - started]);
    }

    return done;
  };
  const rollups = app.get(maintenance.HistoryMaintenance);
  let started = performance.now();
  const catchUp = await rollups.run(now + 120_000);
  const catchUpMs = performance.now() - started;
  console.log(
    `\nrollup catch-up of ${CYCLES} cycles: ${catchUp} steps, ${catchUpMs.toFixed(0)} ms`,
  );
  for (const [key, times] of steps) {
    report(`  ${key} (per step)`, times);
  }
  steps.clear();
  const store = app.get(StateStore);
  for (let cycle = 0; cycle < 6; cycle++) {
    store.apply(pollBatch(now + cycle * STEP_MS, CYCLES + cycle));
    await nextTurn();
  }
  started = performance.now();
  await rollups.run(now + 180_000);
  console.log(`steady-state pass a minute later: ${(performance.now() - started).toFixed(0)} ms`);
  for (const [key, times] of steps) {
    report(`  ${key}`, times);
  }
}

async function timeQueries(app: NestExpressApplication): Promise<void> {
  const { port } = app.getHttpServer().address() as AddressInfo;
  const charts = app.get(ChartsService);
  const oneGuest = guestId(GUESTS >> 1);
  const hundred = Array.from({ length: 100 }, (_, i) => guestId((i * 97) % GUESTS)).join(',');
  console.log(`\nGET /api/charts (${REQUESTS} requests each):`);
  for (const range of ['1h', '24h', '7d']) {
    await timeRequests(port, `range=${range}`);
    const answer = () => charts.charts(range);
    report('    CPU: the answer object', cpuRepeated(answer));
    report(
      '    CPU: it and JSON.stringify',
      cpuRepeated(() => JSON.stringify(answer())),
    );
    await timeRequests(port, `range=${range}&id=${oneGuest}`, 'one guest');
    await timeRequests(port, `range=${range}&id=${hundred}`, '100 guests');
  }
}

async function timeRequests(port: number, query: string, label = query): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    bytes = await fetchBytes(port, `/api/charts?${query}`);
    times.push(performance.now() - started);
  }
  const size = bytes < MB ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / MB).toFixed(1)} MiB`;
  report(`  ${label}, ${size}`, times);
}

/** CPU time of `work` in ms (this process, all threads): steadier than wall time on a busy box. */
function cpuRepeated(work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }

  return times;
}

/** Runs `work`, with a CPU profile of it written to the temp dir when `name` is given. */
async function profiled(name: string | undefined, work: () => Promise<void>): Promise<void> {
  if (!name) {
    return work();
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    const file = join(tmpdir(), `${name}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`  CPU profile of the chart requests: ${file}`);
  }
}

function reportMemory(when: string): void {
  const before = process.memoryUsage();
  gc();
  const after = process.memoryUsage();
  console.log(`\nmemory ${when} (whole process: server, state of all guests, history):`);
  console.log(
    `  RSS ${(before.rss / MB).toFixed(0)} MiB, after GC ${(after.rss / MB).toFixed(0)} MiB`,
  );
  console.log(
    `  heap used ${(after.heapUsed / MB).toFixed(0)} MiB, array buffers ` +
      `${(after.arrayBuffers / MB).toFixed(0)} MiB, ` +
      `external ${(after.external / MB).toFixed(0)} MiB`,
  );
}

function measureDisk(guests: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-history-disk-'));
  try {
    const usage = measureGuestYear(join(dir, 'metrics.db'), guests, Math.floor(Date.now() / 1000));
    console.log(`\ndisk use for ${guests} guests, each tier full (default retention):`);
    for (const [tier, { rowsPerGuest, bytesPerGuest }] of Object.entries(usage.tiers)) {
      const perRow = (bytesPerGuest / rowsPerGuest).toFixed(1);
      console.log(
        `  ${tier}: ${rowsPerGuest} rows, ` +
          `${(bytesPerGuest / 1024).toFixed(0)} KiB (${perRow} B/row)`,
      );
    }
    console.log(`  file: ${(usage.bytesPerGuest / MB).toFixed(2)} MiB per guest`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timeMethod(target: object, name: string): number[] {
  const times: number[] = [];
  const host = target as Record<string, (...args: unknown[]) => unknown>;
  const original = host[name].bind(target);
  host[name] = (...args: unknown[]) => {
    const started = performance.now();
    const result = original(...args);
    times.push(performance.now() - started);

    return result;
  };

  return times;
}

function fetchBytes(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: the timings in between outlast the server's keep-alive.
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function report(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `${label}: mean ${mean(samples).toFixed(1)} ms, p50 ${pick(0.5).toFixed(1)}, ` +
      `p99 ${pick(0.99).toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)} ` +
      `(n=${samples.length})`,
  );
}

function mean(samples: number[]): number {
  return samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length);
}

function parseArgs(argv: string[]): Record<string, number> {
  const parsed: Record<string, number> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (!argv[i].startsWith('--') || !Number.isFinite(value) || value < 0) {
      throw new Error(`bad option ${argv[i]} ${argv[i + 1]}`);
    }
    parsed[argv[i].slice(2)] = value;
  }

  return parsed;
}

void main();
