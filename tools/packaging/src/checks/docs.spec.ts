import { dirname, join, normalize } from 'node:path';
import { parse } from 'yaml';

import { codeBlocks, relativeLinks, sectionOf } from '../lib/markdown/markdown';
import { readRepoFile, repoFileExists } from '../lib/repo-files';
import { workspaceTargets } from '../lib/workspace-projects';

const DOCS = ['README.md', 'docs/ARCHITECTURE.md', 'docs/DEPLOYMENT.md', 'docs/DEVELOPMENT.md'];
const readme = readRepoFile('README.md');
const scripts = JSON.parse(readRepoFile('package.json')).scripts as Record<string, string>;

/** Every key path of the values, with `leaf` false for maps that hold more keys. */
function valueKeys(
  values: Record<string, unknown>,
  prefix = '',
): { path: string; leaf: boolean }[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const isMap = typeof value === 'object' && value !== null && !Array.isArray(value);

    return isMap && Object.keys(value).length > 0
      ? [{ path, leaf: false }, ...valueKeys(value as Record<string, unknown>, `${path}.`)]
      : [{ path, leaf: true }];
  });
}

function ciCommands(): string[] {
  return readRepoFile('.ci/run')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^npm\s/.test(line));
}

describe('README and docs', () => {
  it('give exactly the two quick start commands, and both scripts exist', () => {
    const commands = codeBlocks(sectionOf(readme, '## Quick start')).map((block) => block.trim());

    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test']));
  });

  it('name the same test command that .ci/run runs', () => {
    const testCommand = codeBlocks(sectionOf(readme, '## Quick start'))[1].trim();

    expect(ciCommands()).toEqual(testCommand.split(' && '));
  });

  it.each(DOCS)('%s links only to files that exist', (doc) => {
    const missing = relativeLinks(readRepoFile(doc)).filter(
      (target) => !repoFileExists(normalize(join(dirname(doc), target))),
    );

    expect(missing).toEqual([]);
  });

  it.each(DOCS)('%s mentions only npm scripts and Nx targets that exist', (doc) => {
    const text = readRepoFile(doc);
    const projects = workspaceTargets();
    const npmRuns = [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]);
    const nxRuns = [...text.matchAll(/nx run ([\w-]+):([\w-]+)/g)].map(([, p, t]) => [p, t]);
    const nxShort = [...text.matchAll(/nx (test|lint|build|serve|e2e) ([\w-]+)/g)].map(
      ([, t, p]) => [p, t],
    );

    expect(npmRuns.filter((script) => !(script in scripts))).toEqual([]);
    expect(
      [...nxRuns, ...nxShort].filter(([project, target]) => !projects.get(project)?.has(target)),
    ).toEqual([]);
  });

  it('document every Helm value in DEPLOYMENT.md, and no value that does not exist', () => {
    const values = parse(readRepoFile('docker/kubernetes/pulse/values.yaml'));
    const keys = valueKeys(values);
    const table = sectionOf(readRepoFile('docs/DEPLOYMENT.md'), '### Values');
    const documented = [...table.matchAll(/^\| `([\w.]+)`/gm)].map((match) => match[1]);
    const covers = (key: string) =>
      documented.some((doc) => key === doc || key.startsWith(`${doc}.`));

    const leaves = keys.filter((key) => key.leaf).map((key) => key.path);
    const paths = keys.map((key) => key.path);

    expect(leaves.filter((leaf) => !covers(leaf))).toEqual([]);
    expect(documented.filter((doc) => !paths.includes(doc))).toEqual([]);
  });
});
