// Loaded into the server with `--require` (state.bench.mjs --memory-log): every 10 s, one JSON
// line to $PULSE_BENCH_MEMORY_LOG with process.memoryUsage() and the committed / used size of
// each V8 heap space, in MiB. When the server also runs with --expose-gc, every sixth line adds
// `liveHeap`: heapUsed right after a full collection, the memory the server really holds (this
// changes the collector's rhythm: for investigation only).
const { appendFileSync } = require('node:fs');
const { getHeapSpaceStatistics } = require('node:v8');

const file = process.env.PULSE_BENCH_MEMORY_LOG;
const MiB = 1048576;
const mib = (bytes) => +(bytes / MiB).toFixed(1);
let samples = 0;
if (file) {
  setInterval(() => {
    const line = { at: Date.now() };
    for (const [key, value] of Object.entries(process.memoryUsage())) line[key] = mib(value);
    // Committed / used MiB of each V8 heap space, e.g. "old_space": [180.2, 95.1].
    for (const space of getHeapSpaceStatistics()) {
      line[space.space_name] = [mib(space.space_size), mib(space.space_used_size)];
    }
    samples += 1;
    if (typeof global.gc === 'function' && samples % 6 === 0) {
      global.gc();
      line.liveHeap = mib(process.memoryUsage().heapUsed);
    }
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 10_000).unref();
}
