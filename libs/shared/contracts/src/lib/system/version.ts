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
  /** Semantic version without a leading `v`, for example `"4.26.1"`. */
  version: string;
  /** `"release"` or `"development"`. */
  build: string;
  /** Same value as `build`, kept for clients of the original. */
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
