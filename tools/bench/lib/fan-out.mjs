// How long one state update takes to reach many WebSocket clients. The clients never parse
// what they get (a whole state at 10,000 guests is tens of MiB, and parsing it 100 times in this
// process would be measured instead of the server): an update is known by the `seq` at the head
// of a whole state, or by the `seq` just before a delta's changes.
import WebSocket from 'ws';

import { percentiles, sleep, waitFor } from './harness.mjs';

const HEAD = /^\{"type":"(\w+)"(?:,"seq":(\d+))?/;

/** The number after `"<name>":` at `at` (the offset of the quote), read from the bytes. */
function numberAt(raw, at, name) {
  if (at < 0) return undefined;
  const start = at + name.length + 3;

  return Number(
    raw
      .subarray(start, start + 24)
      .toString()
      .match(/^\d+/)?.[0],
  );
}

/**
 * A delta carries the state's top-level fields first (small), then its own `seq` and
 * `baseSeq`, then the changes; an idle heartbeat has no changes.
 */
function classify(raw) {
  const head = raw.subarray(0, 64).toString();
  const [, type, seq] = head.match(HEAD) ?? [];
  if (type === 'rawData' || type === 'initialState') return { type, key: `seq ${seq}` };
  if (type !== 'stateDelta') return { type };
  const base = raw.indexOf('"baseSeq":');
  const seqAt = raw.lastIndexOf('"seq":', base);
  const lastUpdate = numberAt(raw, raw.indexOf('"lastUpdate":'), 'lastUpdate');
  const empty = raw
    .subarray(raw.length - 16)
    .toString()
    .endsWith('"changes":{}}}');

  return { type, key: empty ? undefined : `seq ${numberAt(raw, seqAt, 'seq')}`, lastUpdate };
}

function openClient(url, keepRaw) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { maxPayload: 1024 * 1024 * 1024 });
    const client = { socket, receipts: [], initial: false };
    socket.on('message', (raw) => {
      const at = Date.now();
      const { type, key, lastUpdate } = classify(raw);
      if (type === 'initialState') {
        client.initial = true;
        resolve(client);
      } else if (key) {
        client.receipts.push({ at, key, type, bytes: raw.length, lastUpdate, raw: keepRaw && raw });
      }
    });
    socket.once('error', reject);
  });
}

/** The `lastUpdate` of a whole state, read from its end without parsing the rest. */
function lastUpdateOf(raw) {
  const at = raw.lastIndexOf('"lastUpdate":');
  if (at < 0) return undefined;

  return Number(
    raw
      .subarray(at + 13, at + 40)
      .toString()
      .match(/^\d+/)?.[0],
  );
}

/**
 * Opens `count` clients (`delta` or full mode), changes the simulated cluster and waits for the
 * first update after that to reach every client. Answers its size, the spread from the first
 * to the last client, and the time from the state change (`lastUpdate`, set when the poll
 * result was applied) to the last client.
 */
export async function measureFanOut({ port, count, delta, change, timeoutMs }) {
  const url = `ws://127.0.0.1:${port}/ws${delta ? '?delta=1' : ''}`;
  const clients = [];
  for (let i = 0; i < count; i += 10) {
    const size = Math.min(10, count - i);
    const batch = Array.from({ length: size }, (_, j) => openClient(url, i + j === 0));
    clients.push(...(await Promise.all(batch)));
  }
  try {
    await sleep(1500);
    const changedAt = Date.now();
    clients.forEach((client) => (client.receipts = []));
    change();
    const first = clients[0];
    let key;
    await waitFor(
      () => {
        key ??= first.receipts.find((r) => r.at >= changedAt && isAfter(r, changedAt))?.key;

        return key !== undefined && clients.every((c) => c.receipts.some((r) => r.key === key));
      },
      timeoutMs,
      `an update reaching ${count} clients`,
    );
    const receipts = clients.map((c) => c.receipts.find((r) => r.key === key));
    const sample = receipts[0];
    const lastUpdate = sample.lastUpdate ?? lastUpdateOf(sample.raw);
    const times = receipts.map((r) => r.at);
    const last = Math.max(...times);

    return {
      type: sample.type,
      bytes: sample.bytes,
      spreadMs: last - Math.min(...times),
      fromChangeMs: last - lastUpdate,
      perClient: percentiles(times.map((at) => at - lastUpdate)),
    };
  } finally {
    clients.forEach((client) => client.socket.terminate());
  }
}

/** Only an update with a state from a poll that finished after the change counts. */
function isAfter(receipt, changedAt) {
  const lastUpdate = receipt.lastUpdate ?? lastUpdateOf(receipt.raw);

  return lastUpdate !== undefined && lastUpdate > changedAt;
}
