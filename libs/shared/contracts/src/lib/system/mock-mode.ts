/** Mock-mode settings as `GET /api/system/mock-mode` reports them (PascalCase, as the original). */
export interface MockModeConfig {
  NodeCount: number;
  VMsPerNode: number;
  LXCsPerNode: number;
  DockerHostCount: number;
  DockerContainersPerHost: number;
  GenericHostCount: number;
  RandomMetrics: boolean;
  /** Node names whose CPU load runs high. */
  HighLoadNodes: string[];
  /** Share of guests that are stopped, 0 to 1. */
  StoppedPercent: number;
}

export interface MockModeStatus {
  enabled: boolean;
  config: MockModeConfig;
}

/** `POST`/`PUT /api/system/mock-mode` (camelCase keys; every field optional). */
export interface MockModeRequest {
  enabled?: boolean;
  config?: {
    nodeCount?: number;
    vmsPerNode?: number;
    lxcsPerNode?: number;
    dockerHostCount?: number;
    dockerContainersPerHost?: number;
    genericHostCount?: number;
    randomMetrics?: boolean;
    highLoadNodes?: string[];
    stoppedPercent?: number;
  };
}
