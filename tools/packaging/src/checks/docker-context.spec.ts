import { execFileSync } from 'node:child_process';

import { parseDockerfile } from '../lib/dockerfile/dockerfile-parser';
import { copiesOf } from '../lib/dockerfile/dockerfile-query';
import { parseDockerignore } from '../lib/dockerfile/dockerignore';
import { readRepoFile, WORKSPACE_ROOT } from '../lib/repo-files';

const ignored = parseDockerignore(readRepoFile('.dockerignore'));
const stages = parseDockerfile(readRepoFile('docker/Dockerfile')).stages;

function trackedFiles(...paths: string[]): string[] {
  const output = execFileSync('git', ['ls-files', '--', ...paths], {
    cwd: WORKSPACE_ROOT,
    encoding: 'utf8',
  });

  return output.split('\n').filter(Boolean);
}

describe('the Docker build context (.dockerignore)', () => {
  it('keeps every file the Dockerfile copies from the context', () => {
    const sources = stages.flatMap((stage) =>
      copiesOf(stage)
        .filter((copy) => !copy.from)
        .flatMap((copy) => copy.sources),
    );

    expect(sources).toEqual(
      expect.arrayContaining(['package.json', '.', 'docker/healthcheck.cjs']),
    );
    expect(sources.filter((source) => source !== '.' && ignored(source))).toEqual([]);
  });

  it('keeps the sources and the workspace configuration the build needs', () => {
    const needed = trackedFiles('apps', 'libs', 'nx.json', 'tsconfig.base.json', 'package.json');

    expect(needed).toEqual(expect.arrayContaining(['nx.json', 'apps/api/project.json']));
    expect(needed.filter(ignored)).toEqual([]);
  });

  it.each([
    'node_modules/nx/package.json',
    'apps/api/node_modules/x.js',
    'dist/apps/api/main.js',
    '.git/HEAD',
    '.nx/cache/x',
    '.env',
    'apps/api/.env.local',
    'data/pulse.db',
  ])('leaves %s out of the context', (path) => {
    expect(ignored(path)).toBe(true);
  });
});
