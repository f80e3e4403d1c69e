import { Disk, EpochMs, Memory, NetworkInterface } from './common';

/** A Docker container as the Docker agent reports it (fields grow with the agents feature). */
export interface DockerContainer {
  id: string;
  name: string;
  image: string;
  state: string;
  status: string;
  health?: string;
  cpuPercent: number;
  memoryUsageBytes: number;
  memoryLimitBytes: number;
  memoryPercent: number;
  uptimeSeconds: number;
  restartCount: number;
  exitCode: number;
  createdAt: EpochMs;
  startedAt?: EpochMs;
  finishedAt?: EpochMs;
  [field: string]: unknown;
}

/** A host running the Docker agent. */
export interface DockerHost {
  id: string;
  agentId: string;
  hostname: string;
  displayName: string;
  runtime: string;
  cpus: number;
  totalMemoryBytes: number;
  uptimeSeconds: number;
  cpuUsagePercent: number;
  memory?: Memory;
  disks?: Disk[];
  networkInterfaces?: NetworkInterface[];
  status: string;
  lastSeen: EpochMs;
  intervalSeconds: number;
  containers: DockerContainer[];
  pendingUninstall: boolean;
  [field: string]: unknown;
}

/** A host running the host agent. */
export interface Host {
  id: string;
  hostname: string;
  displayName: string;
  platform?: string;
  osName?: string;
  osVersion?: string;
  cpuCount?: number;
  cpuUsage?: number;
  loadAverage?: number[];
  memory?: Memory;
  disks?: Disk[];
  networkInterfaces?: NetworkInterface[];
  status: string;
  uptimeSeconds?: number;
  lastSeen: EpochMs;
  intervalSeconds?: number;
  agentVersion?: string;
  tags?: string[];
  [field: string]: unknown;
}

export interface RemovedDockerHost {
  id: string;
  hostname?: string;
  displayName?: string;
  removedAt: EpochMs;
}
