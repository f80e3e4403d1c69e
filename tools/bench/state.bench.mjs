// Polls a simulated PVE cluster with the built server and measures: CPU per poll cycle,
// GET /api/state latency and size against the bare JSON.stringify floor, RSS, and how long
// an update takes to reach 100 WebSocket clients (full and delta).
// Usage: node tools/bench/state.bench.mjs --nodes 50 --guests 2000 [--cycles 6]
//        [--interval 10] [--requests 200] [--clients 100] [--minutes 0]
import { gzipSync } from 'node:zlib';
import WebSocket from 'ws';

import {
  arg,
  cpuMs,
  fmt,
  percentiles,
  rssMb,
  sleep,
  startServer,
  startSimulator,
  waitFor,
} from './lib/harness.mjs';

const nodes = arg('nodes', 50);
const guests = arg('guests', 2000);
const cycles = arg('cycles', 6);
const intervalS = arg('interval', 10);
const requests = arg('requests', 200);
const clients = arg('clients', 100);
const minutes = arg('minutes', 0);

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

async function guestCount(server) {
  const state = await (await fetch(`${server.base}/api/state`)).json();

  return state.vms.length + state.containers.length;
}

async function measureCycles(server) {
  const before = cpuMs(server.pid);
  const started = Date.now();
  await sleep(cycles * intervalS * 1000);
  const used = cpuMs(server.pid) - before;
  const wall = Date.now() - started;

  return { perCycle: used / cycles, share: (100 * used) / wall };
}

async function measureState(server) {
  const times = [];
  let body;
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    const res = await fetch(`${server.base}/api/state`, {
      headers: { 'accept-encoding': 'identity' },
    });
    body = Buffer.from(await res.arrayBuffer());
    times.push(performance.now() - started);
  }
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
    gzip: gzipSync(body).length,
  };
}

function openClients(server, delta) {
  const url = `ws://127.0.0.1:${server.port}/ws${delta ? '?delta=1' : ''}`;

  return Promise.all(
    Array.from(
      { length: clients },
      () =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket(url);
          const client = { socket, updates: [] };
          socket.on('message', (raw) => {
            const message = JSON.parse(raw.toString());
            if (message.type === 'initialState') resolve(client);
            if (message.type === 'rawData' || message.type === 'stateDelta') {
              client.updates.push({ at: Date.now(), lastUpdate: message.data.lastUpdate });
            }
          });
          socket.on('error', reject);
        }),
    ),
  );
}

async function measureFanOut(server, sim, delta) {
  const connected = await openClients(server, delta);
  await sleep(1500);
  connected.forEach((client) => (client.updates = []));
  sim.tick();
  await waitFor(
    () => connected.every((client) => client.updates.length > 0),
    (intervalS + 30) * 1000,
    'fan-out',
  );
  const receipts = connected.map((client) => client.updates[0].at);
  const lastUpdate = connected[0].updates[0].lastUpdate;
  connected.forEach((client) => client.socket.close());

  return {
    spread: Math.max(...receipts) - Math.min(...receipts),
    sincePoll: Math.max(...receipts) - lastUpdate,
  };
}

const simStarted = Date.now();
const sim = await startSimulator({ scenario: { nodes, guests }, tickMs: 0 });
const server = await startServer({ PVE_POLLING_INTERVAL: `${intervalS}s` });
console.log(`simulator ${nodes} nodes / ${guests} guests ready in ${Date.now() - simStarted} ms`);
try {
  await addCluster(server, sim);
  const expected = sim.inventory().guests.length;
  await waitFor(async () => (await guestCount(server)) >= expected, 120_000, 'first poll');
  const ticker = setInterval(() => sim.tick(), intervalS * 1000);
  const cpu = await measureCycles(server);
  clearInterval(ticker);
  console.log(
    `CPU per poll cycle: ${fmt(cpu.perCycle)} (${cpu.share.toFixed(1)}% of one core at ${intervalS} s)`,
  );
  const state = await measureState(server);
  console.log(
    `GET /api/state: p50 ${fmt(state.http.p50)}, p99 ${fmt(state.http.p99)}, ${(state.bytes / 1048576).toFixed(2)} MiB (${(state.gzip / 1048576).toFixed(2)} MiB gzip)`,
  );
  console.log(
    `JSON.stringify floor: p50 ${fmt(state.floor.p50)}, p99 ${fmt(state.floor.p99)}; p99 ratio ${(state.http.p99 / state.floor.p99).toFixed(2)}x`,
  );
  for (const delta of [false, true]) {
    const fan = await measureFanOut(server, sim, delta);
    console.log(
      `${clients} WebSocket clients (${delta ? 'delta' : 'full'}): spread ${fmt(fan.spread)}, poll read to last client ${fmt(fan.sincePoll)}`,
    );
  }
  if (minutes > 0) {
    const ticker2 = setInterval(() => sim.tick(), intervalS * 1000);
    await sleep(minutes * 60_000);
    clearInterval(ticker2);
  }
  console.log(
    `RSS after ${minutes > 0 ? `${minutes} min` : 'the run'}: ${rssMb(server.pid).toFixed(0)} MB`,
  );
} finally {
  await server.stop();
  await sim.close();
}
