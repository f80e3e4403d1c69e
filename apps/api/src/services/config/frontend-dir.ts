import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const WEB_BUILD = join('dist', 'apps', 'web', 'browser');

/**
 * Where the built web app lives. A configured directory is taken as is (relative to the
 * working directory); otherwise the first candidate holding an `index.html` wins: next to
 * the built server (`dist/apps/api` → `dist/apps/web/browser`), a `web` folder beside the
 * server (the container layout), then the repository's `dist` found from the server's or
 * the working directory.
 */
export function resolveFrontendDir(configured: string, cwd: string, serverDir = __dirname): string {
  if (configured) {
    return resolve(cwd, configured);
  }
  const candidates = frontendCandidates(serverDir, cwd);

  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0];
}

function frontendCandidates(serverDir: string, cwd: string): string[] {
  const candidates = [
    resolve(serverDir, '..', 'web', 'browser'),
    resolve(serverDir, 'web'),
    ...ancestors(serverDir).map((dir) => join(dir, WEB_BUILD)),
    join(cwd, WEB_BUILD),
  ];

  return [...new Set(candidates)];
}

function ancestors(start: string): string[] {
  const found: string[] = [];
  for (let dir = resolve(start); dirname(dir) !== dir; dir = dirname(dir)) {
    found.push(dir);
  }

  return found;
}
