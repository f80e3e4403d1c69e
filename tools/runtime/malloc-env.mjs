// glibc malloc settings the server runs with (malloc-env.json): the container image
// (docker/Dockerfile), `npm start`, the demo and the benchmarks set the same ones, and a test
// checks the first two. glibc reads them when the process starts, so the server cannot set them
// for itself.
//
// After a burst of large answers (charts of every guest, a full state to 100 WebSocket clients)
// glibc raises its mmap threshold and keeps the freed memory in its arenas: at 10,000 guests
// RSS then stays 60 to 80 MB higher for good. A fixed threshold of 128 KiB returns large blocks
// to the system when they are freed, and two arenas bound what the threads keep.
import { readFileSync } from 'node:fs';

export const MALLOC_ENV = Object.freeze(
  JSON.parse(readFileSync(new URL('./malloc-env.json', import.meta.url), 'utf8')),
);
