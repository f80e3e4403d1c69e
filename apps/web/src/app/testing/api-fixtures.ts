import { VersionResponse } from '@pulse/contracts';

export function versionFixture(overrides: Partial<VersionResponse> = {}): VersionResponse {
  return {
    version: '4.26.1',
    build: 'release',
    buildTime: 'release',
    runtime: 'node',
    goVersion: '20.20.2',
    channel: 'stable',
    deploymentType: 'systemd',
    isDocker: false,
    isSourceBuild: false,
    isDevelopment: false,
    containerized: false,
    updateAvailable: false,
    ...overrides,
  };
}
