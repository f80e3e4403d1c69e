import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Replaced by the webpack build (see apps/api/webpack.config.js); undefined when running
// from the TypeScript sources (tests, ts-node).
declare const __PULSE_VERSION__: string | undefined;
declare const __PULSE_BUILD__: string | undefined;
declare const __PULSE_BUILD_TIME__: string | undefined;

export type BuildKind = 'release' | 'development';

export interface BuildInfo {
  /** Semantic version without a leading `v`. */
  version: string;
  build: BuildKind;
  /** ISO 8601 time of the build; for a run from the sources, when this module was loaded. */
  buildTime: string;
}

const LOADED_AT = new Date().toISOString();

/** The version comes from the root package.json, embedded at build time. */
export function readBuildInfo(): BuildInfo {
  if (typeof __PULSE_VERSION__ === 'string') {
    const build = __PULSE_BUILD__ === 'release' ? 'release' : 'development';
    const buildTime = typeof __PULSE_BUILD_TIME__ === 'string' ? __PULSE_BUILD_TIME__ : LOADED_AT;

    return { version: normalizeVersion(__PULSE_VERSION__), build, buildTime };
  }
  const version = normalizeVersion(readWorkspaceVersion(__dirname));

  return { version, build: 'development', buildTime: LOADED_AT };
}

/** The version as API.md shows it, with a leading `v` (`v4.24.0`). */
export function displayVersion(version: string): string {
  return `v${normalizeVersion(version)}`;
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
