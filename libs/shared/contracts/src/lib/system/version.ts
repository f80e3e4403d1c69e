/** How this Pulse server was deployed, as `GET /api/version` reports it. */
export type DeploymentType =
  | 'docker'
  | 'kubernetes'
  | 'systemd'
  | 'source'
  | 'development'
  | 'proxmoxve'
  | string;

/** Body of `GET /api/version`. */
export interface VersionResponse {
  /** Semantic version with a leading `v`, for example `"v4.26.1"`. */
  version: string;
  /** `"release"` or `"development"`. */
  build: string;
  /** ISO 8601 time of the build (for a run from the sources, when the server started). */
  buildTime: string;
  /** Runtime name; `"node"` here. */
  runtime: string;
  /** Runtime version (the original's field name is kept for compatibility). */
  goVersion: string;
  /** `"stable"` or `"rc"`, derived from the version. */
  channel: 'stable' | 'rc';
  deploymentType: DeploymentType;
  isDocker: boolean;
  isSourceBuild: boolean;
  isDevelopment: boolean;
  containerized: boolean;
  /** Host name when containerized. */
  containerId?: string;
  updateAvailable: boolean;
  latestVersion?: string;
}
