// CPU time of a process by thread name, from /proc/<pid>/task: where a server's CPU goes
// besides its JavaScript thread (V8's garbage collection helpers, libuv's pool, ...).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User plus system milliseconds of each live thread, summed by thread name. */
export function threadCpuMs(pid) {
  const byName = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat;
    let name;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue; // the thread ended between the listing and the read
    }
    // The main thread is named after the executable; call it what it runs.
    const label = tid === String(pid) ? 'main (JavaScript)' : name;
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    byName.set(label, (byName.get(label) ?? 0) + ms);
  }

  return byName;
}

/**
 * What each thread name used between two samples, as a share of one core over `wallMs`,
 * largest first, e.g. "main (JavaScript) 12.1%, V8 DefaultWorke 4.0%, libuv-worker 0.3%".
 */
export function threadShares(before, after, wallMs) {
  const shares = [];
  for (const [name, ms] of after) {
    const used = ms - (before.get(name) ?? 0);
    if (used > 0) shares.push([name, (100 * used) / wallMs]);
  }
  shares.sort((a, b) => b[1] - a[1]);

  return shares.map(([name, share]) => `${name} ${share.toFixed(1)}%`).join(', ');
}
