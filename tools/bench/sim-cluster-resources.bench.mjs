// Benchmark: /cluster/resources of the Proxmox simulator at 200 nodes / 10,000 guests.
// Build first (`npx nx run proxmox-sim:build`), then run this file with node.
// Options: --requests <n> (default 200, max 5000), --nodes <n>, --guests <n>. Loopback only.
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { startSimulator } from '../../dist/tools/proxmox-sim/index.js';

const args = parseArgs(process.argv.slice(2));
const requests = Math.min(args.requests ?? 200, 5000);
const scenario = {
  name: 'bench',
  nodes: args.nodes ?? 200,
  guests: args.guests ?? 10000,
  backupDays: 1,
};

const started = performance.now();
const sim = await startSimulator({ host: '127.0.0.1', tickMs: 0, scenario });
const startupMs = performance.now() - started;
const { tokenId, tokenSecret } = sim.credentials.pve;
const headers = { authorization: `PVEAPIToken=${tokenId}=${tokenSecret}` };
const dispatcher = new Agent({ connect: { rejectUnauthorized: false }, connections: 1 });
const url = `${sim.pve.url}/api2/json/cluster/resources`;

try {
  const warm = await fetchOnce();
  const rows = JSON.parse(warm.body).data.length;
  const cached = await measure(requests, () => undefined);
  const fresh = await measure(Math.min(requests, 50), () => sim.tick());

  const size = `${scenario.nodes} nodes, ${scenario.guests} guests`;
  console.log(`simulator startup: ${startupMs.toFixed(0)} ms (${size})`);
  console.log(
    `/cluster/resources: ${rows} entries, ${(warm.bytes / 1048576).toFixed(2)} MiB per response`,
  );
  report(`cached between ticks (${requests} requests)`, cached);
  report(`first request after a tick (${fresh.length} requests)`, fresh);
} finally {
  await dispatcher.close();
  await sim.close();
}

async function fetchOnce() {
  const res = await request(url, { headers, dispatcher });
  const body = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);

  return { body, bytes: Buffer.byteLength(body) };
}

async function measure(count, before) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    before();
    const t0 = performance.now();
    const res = await request(url, { headers, dispatcher });
    await res.body.arrayBuffer();
    samples.push(performance.now() - t0);
  }

  return samples;
}

function report(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const fmt = (v) => `${v.toFixed(1)} ms`;
  const max = sorted[sorted.length - 1];
  console.log(
    `${label}: p50 ${fmt(at(0.5))}, p99 ${fmt(at(0.99))}, mean ${fmt(mean)}, max ${fmt(max)}`,
  );
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!['requests', 'nodes', 'guests'].includes(key) || !Number.isInteger(value) || value < 1) {
      throw new Error(`usage: --requests <n> --nodes <n> --guests <n> (got ${argv[i]})`);
    }
    out[key] = value;
  }

  return out;
}
