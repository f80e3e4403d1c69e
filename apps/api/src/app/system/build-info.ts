import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Replaced by the webpack build (see apps/api/webpack.config.js); undefined when running
// from the TypeScript sources (tests, ts-node).
declare const __PULSE_VERSION__: string | undefined;
declare const __PULSE_BUILD__: string | undefined;

export type BuildKind = 'release' | 'development';

export interface BuildInfo {
  /** Semantic version without a leading `v`. */
  version: string;
  build: BuildKind;
}

/** The version comes from the root package.json, embedded at build time. */
export function readBuildInfo(): BuildInfo {
  if (typeof __PULSE_VERSION__ === 'string') {
    const build = __PULSE_BUILD__ === 'release' ? 'release' : 'development';

    return { version: normalizeVersion(__PULSE_VERSION__), build };
  }

  return { version: normalizeVersion(readWorkspaceVersion(__dirname)), build: 'development' };
}

export function normalizeVersion(version: string): string {
  return version.trim().replace(/^v/i, '');
}

export function channelOf(version: string): 'stable' | 'rc' {
  return /-rc\b/i.test(version) ? 'rc' : 'stable';
}

/** Reads `version` from the package.json beside the workspace's nx.json. */
export function readWorkspaceVersion(start: string): string {
  for (let dir = resolve(start); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json')) && existsSync(join(dir, 'package.json'))) {
      const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

      return typeof version === 'string' ? version : '0.0.0';
    }
  }

  return '0.0.0';
}
