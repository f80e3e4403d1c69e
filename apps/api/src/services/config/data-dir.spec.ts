import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeTempDir } from '../../test/test-app';
import { ConfigError } from './config.error';
import { prepareDataDir } from './data-dir';

describe('prepareDataDir', () => {
  let root: string;

  beforeEach(() => {
    root = makeTempDir('pulse-datadir-');
  });

  const modeOf = (path: string) => statSync(path).mode & 0o777;

  it('creates a missing directory, and its parents, readable by the owner only', () => {
    const dataDir = join(root, 'nested', 'data');

    prepareDataDir(dataDir);

    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(root, 'nested'))).toBe(0o700);
  });

  it('leaves an existing directory and its mode alone', () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir, { mode: 0o750 });
    chmodSync(dataDir, 0o750);

    prepareDataDir(dataDir);

    expect(modeOf(dataDir)).toBe(0o750);
  });

  it('refuses a path that is a file', () => {
    const file = join(root, 'file');
    writeFileSync(file, 'x');

    expect(() => prepareDataDir(file)).toThrow(ConfigError);
    expect(() => prepareDataDir(file)).toThrow(/PULSE_DATA_DIR=".*file" is not usable/);
  });
});
