import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoPath } from './repo-files';

const PROJECT_PARENTS = ['apps', 'libs/shared', 'tools'];
const WEBPACK_TARGETS = ['build', 'serve', 'preview', 'serve-static', 'build-deps', 'watch-deps'];

/**
 * Targets of every Nx project: those in project.json plus the ones our Nx plugins infer
 * (jest.config → test, eslint.config → lint, webpack.config → build and serve).
 */
export function workspaceTargets(): Map<string, Set<string>> {
  const projects = new Map<string, Set<string>>();
  for (const parent of PROJECT_PARENTS.filter((dir) => existsSync(repoPath(dir)))) {
    for (const entry of readdirSync(repoPath(parent))) {
      const dir = repoPath(parent, entry);
      if (existsSync(join(dir, 'project.json'))) {
        const project = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8'));
        projects.set(
          project.name,
          new Set([...Object.keys(project.targets ?? {}), ...inferred(dir)]),
        );
      }
    }
  }

  return projects;
}

function inferred(dir: string): string[] {
  const has = (file: string) => existsSync(join(dir, file));

  return [
    ...(has('jest.config.cts') || has('jest.config.ts') ? ['test'] : []),
    ...(has('eslint.config.mjs') ? ['lint'] : []),
    ...(has('webpack.config.js') ? WEBPACK_TARGETS : []),
  ];
}
