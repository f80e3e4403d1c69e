// V8 flags the server runs with (node-flags.json): the container image (docker/Dockerfile),
// `npm start`, the demo and the benchmarks pass the same ones, and a test checks the first two.
// V8 sizes its young generation when the process starts, so the server cannot set this itself.
//
// A semi-space of 8 MB instead of Node's 16 MB keeps the young generation at 16 MB committed
// instead of 32: about 16 MB less RSS at any size, for about one point of a core more of
// scavenging at 10,000 guests (docs/BENCHMARKS.md).
import { readFileSync } from 'node:fs';

export const NODE_FLAGS = Object.freeze(
  JSON.parse(readFileSync(new URL('./node-flags.json', import.meta.url), 'utf8')),
);
