import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeTempDir } from '../../test/test-app';
import { resolveFrontendDir } from './frontend-dir';

describe('resolveFrontendDir', () => {
  let root: string;

  beforeEach(() => {
    root = makeTempDir('pulse-frontend-');
  });

  const buildWeb = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<html></html>');

    return dir;
  };

  it('takes a configured directory relative to the working directory', () => {
    expect(resolveFrontendDir('public', '/srv/pulse', root)).toBe('/srv/pulse/public');
    expect(resolveFrontendDir('/opt/web', '/srv/pulse', root)).toBe('/opt/web');
  });

  it('finds the web build next to the built server', () => {
    const web = buildWeb(join(root, 'dist', 'apps', 'web', 'browser'));
    const serverDir = join(root, 'dist', 'apps', 'api');

    expect(resolveFrontendDir('', '/nowhere', serverDir)).toBe(web);
  });

  it('finds a web folder beside the server, as in the container image', () => {
    const web = buildWeb(join(root, 'app', 'web'));

    expect(resolveFrontendDir('', '/nowhere', join(root, 'app'))).toBe(web);
  });

  it('finds the repository build from the sources', () => {
    const web = buildWeb(join(root, 'dist', 'apps', 'web', 'browser'));
    const serverDir = join(root, 'apps', 'api', 'src', 'services', 'config');

    expect(resolveFrontendDir('', '/nowhere', serverDir)).toBe(web);
  });

  it('falls back to the working directory', () => {
    const cwd = join(root, 'checkout');
    const web = buildWeb(join(cwd, 'dist', 'apps', 'web', 'browser'));

    expect(resolveFrontendDir('', cwd, join(root, 'elsewhere', 'bin'))).toBe(web);
  });

  it('names the place next to the server when there is no build anywhere', () => {
    const serverDir = join(root, 'dist', 'apps', 'api');

    expect(resolveFrontendDir('', join(root, 'cwd'), serverDir)).toBe(
      join(root, 'dist', 'apps', 'web', 'browser'),
    );
  });
});
