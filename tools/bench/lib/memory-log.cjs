// Loaded into the server with `--require` (state.bench.mjs --memory-log): every 10 s, one JSON
// line of process.memoryUsage() in MiB to $PULSE_BENCH_MEMORY_LOG.
const { appendFileSync } = require('node:fs');

const file = process.env.PULSE_BENCH_MEMORY_LOG;
const MiB = 1048576;
if (file) {
  setInterval(() => {
    const usage = process.memoryUsage();
    const line = { at: Date.now() };
    for (const [key, value] of Object.entries(usage)) line[key] = +(value / MiB).toFixed(1);
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 10_000).unref();
}
