import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { configVariableNames } from './load-config';

const WORKSPACE_ROOT = resolve(__dirname, '../../../../..');

describe('configuration documentation', () => {
  const names = configVariableNames();

  it('describes every variable in docs/CONFIGURATION.md', () => {
    const doc = readFileSync(resolve(WORKSPACE_ROOT, 'docs/CONFIGURATION.md'), 'utf8');
    const missing = names.filter((name) => !doc.includes(`\`${name}\``));

    expect(missing).toEqual([]);
  });

  it('lists every variable in .env.example', () => {
    const example = readFileSync(resolve(WORKSPACE_ROOT, '.env.example'), 'utf8');
    const listed = new Set(
      example.split('\n').flatMap((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1] ?? []),
    );

    expect(names.filter((name) => !listed.has(name))).toEqual([]);
  });
});
