import type { MockModeConfig } from '@pulse/contracts';

import type { MockSettings } from '../../services/config/sections/mock.settings';

/** What the generator builds; `stoppedPercent` is a fraction 0–1. */
export interface MockConfig {
  nodeCount: number;
  vmsPerNode: number;
  lxcsPerNode: number;
  dockerHostCount: number;
  dockerContainersPerHost: number;
  genericHostCount: number;
  randomMetrics: boolean;
  highLoadNodes: string[];
  stoppedPercent: number;
}

export function mockConfigFrom(settings: MockSettings): MockConfig {
  return {
    nodeCount: settings.nodes,
    vmsPerNode: settings.vmsPerNode,
    lxcsPerNode: settings.lxcsPerNode,
    dockerHostCount: settings.dockerHosts,
    dockerContainersPerHost: settings.dockerContainers,
    genericHostCount: settings.genericHosts,
    randomMetrics: settings.randomMetrics,
    highLoadNodes: [],
    stoppedPercent: settings.stoppedPercent / 100,
  };
}

/** The config as the API reports it: PascalCase keys, as the original's Go struct had. */
export function toMockModeConfig(config: MockConfig): MockModeConfig {
  return {
    NodeCount: config.nodeCount,
    VMsPerNode: config.vmsPerNode,
    LXCsPerNode: config.lxcsPerNode,
    DockerHostCount: config.dockerHostCount,
    DockerContainersPerHost: config.dockerContainersPerHost,
    GenericHostCount: config.genericHostCount,
    RandomMetrics: config.randomMetrics,
    HighLoadNodes: [...config.highLoadNodes],
    StoppedPercent: config.stoppedPercent,
  };
}
