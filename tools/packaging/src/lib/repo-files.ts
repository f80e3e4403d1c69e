import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Root of the workspace, found from this file so tests work from any current directory. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export function repoPath(...parts: string[]): string {
  return join(WORKSPACE_ROOT, ...parts);
}

export function readRepoFile(...parts: string[]): string {
  return readFileSync(repoPath(...parts), 'utf8');
}

export function repoFileExists(...parts: string[]): boolean {
  return existsSync(repoPath(...parts));
}
