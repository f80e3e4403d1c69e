// Prints where a .cpuprofile (node --cpu-prof) spent its time: the functions with the most
// self time, and the same summed per source file.
// --skip-s leaves out the first seconds (start-up and the first poll).
// Usage: node tools/bench/profile-top.mjs <file.cpuprofile> [--top 25] [--skip-s 0]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

import { arg, root } from './lib/harness.mjs';

const file = process.argv[2];
if (!file) throw new Error('usage: profile-top.mjs <file.cpuprofile> [--top 25]');
const top = arg('top', 25);
const skipUs = arg('skip-s', 0) * 1e6;
const profile = JSON.parse(readFileSync(file, 'utf8'));
const selfUs = new Map(profile.nodes.map((node) => [node.id, 0]));
const deltas = profile.timeDeltas;
let elapsedUs = 0;
profile.samples.forEach((id, i) => {
  elapsedUs += deltas[i] ?? 0;
  if (elapsedUs >= skipUs) selfUs.set(id, selfUs.get(id) + (deltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((sum, value) => sum + value, 0);

const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? relative(root, url.replace('file://', '')) : '(native)';
  const name = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + selfUs.get(node.id));
  byFile.set(where, (byFile.get(where) ?? 0) + selfUs.get(node.id));
}

function print(title, map) {
  console.log(`\n${title}`);
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, us]) => {
      const share = ((100 * us) / total).toFixed(1).padStart(5);
      console.log(`${share}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
    });
}

console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('self time by function', byFunction);
print('self time by file', byFile);
