import { HealthResponse, VersionResponse } from '@pulse/contracts';

export function healthFixture(): HealthResponse {
  return {
    status: 'healthy',
    timestamp: 1767225600,
    uptime: 12.5,
    proxyInstallScriptAvailable: false,
  };
}

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
