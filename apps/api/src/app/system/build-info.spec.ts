import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeTempDir } from '../../test/test-app';
import {
  channelOf,
  displayVersion,
  normalizeVersion,
  readBuildInfo,
  readWorkspaceVersion,
} from './build-info';

describe('build info', () => {
  it.each([
    ['v4.26.1', '4.26.1'],
    ['4.26.1', '4.26.1'],
    [' V5.0.0-rc.1 ', '5.0.0-rc.1'],
  ])('normalizes %j to %s', (raw, expected) => {
    expect(normalizeVersion(raw)).toBe(expected);
  });

  it.each([
    ['4.26.1', 'stable'],
    ['5.0.0-rc.1', 'rc'],
    ['5.0.0-rc1', 'stable'],
  ])('puts %s on the %s channel', (version, channel) => {
    expect(channelOf(version)).toBe(channel);
  });

  it('reads the version of the workspace package.json', () => {
    const root = makeTempDir('pulse-ws-');
    writeFileSync(join(root, 'nx.json'), '{}');
    writeFileSync(join(root, 'package.json'), '{"version":"v1.2.3"}');
    mkdirSync(join(root, 'apps', 'api'), { recursive: true });

    expect(readWorkspaceVersion(join(root, 'apps', 'api'))).toBe('v1.2.3');
  });

  it('falls back to 0.0.0 outside a workspace', () => {
    expect(readWorkspaceVersion(makeTempDir('pulse-nows-'))).toBe('0.0.0');
  });

  it('marks a run from the sources as a development build', () => {
    expect(readBuildInfo()).toEqual({
      version: expect.stringMatching(/^\d/),
      build: 'development',
      buildTime: expect.any(String),
    });
  });

  it('shows the version with one leading v', () => {
    expect(displayVersion('1.2.3')).toBe('v1.2.3');
    expect(displayVersion('v1.2.3')).toBe('v1.2.3');
  });
});
