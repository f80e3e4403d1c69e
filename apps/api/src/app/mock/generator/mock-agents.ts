import type { DockerContainer, DockerHost, Host } from '@pulse/contracts';

import type { MockConfig } from '../mock-config';
import { between, pick } from './prng';
import { diskOf, GIB, memoryOf, round } from './mock-usage';

const DAY_S = 86_400;
const IMAGES = ['nginx:1.27', 'postgres:16', 'redis:7', 'grafana/grafana:11.2', 'traefik:v3.1'];
const MORE_IMAGES = ['prom/prometheus:v2.54', 'node:20-alpine', 'minio/minio:latest'];
const PLATFORMS = [
  { platform: 'linux', osName: 'Debian GNU/Linux', osVersion: '12' },
  { platform: 'linux', osName: 'Ubuntu', osVersion: '24.04' },
  { platform: 'windows', osName: 'Windows Server', osVersion: '2022' },
  { platform: 'darwin', osName: 'macOS', osVersion: '14.6' },
];

/** Docker agent hosts `docker-host-N` with their containers. */
export function buildDockerHosts(
  config: MockConfig,
  random: () => number,
  now: number,
): DockerHost[] {
  return Array.from({ length: config.dockerHostCount }, (_, index) => {
    const hostname = `docker-host-${index + 1}`;
    const cpus = pick(random, [2, 4, 8, 16]);
    const memory = memoryOf(pick(random, [8, 16, 32, 64]) * GIB, between(random, 0.3, 0.7));
    const containers = Array.from({ length: config.dockerContainersPerHost }, (_, n) =>
      buildContainer(hostname, n, config, random, now),
    );

    return {
      id: `mock-${hostname}`,
      agentId: `mock-agent-${hostname}`,
      hostname,
      displayName: hostname,
      os: 'Debian GNU/Linux 12 (bookworm)',
      kernelVersion: '6.1.0-25-amd64',
      architecture: 'x86_64',
      runtime: 'docker',
      runtimeVersion: '27.2.0',
      dockerVersion: '27.2.0',
      cpus,
      totalMemoryBytes: memory.total,
      uptimeSeconds: Math.round(between(random, 1, 60) * DAY_S),
      cpuUsagePercent: round(between(random, 5, 40)),
      loadAverage: [0.4, 0.5, 0.6].map((load) => round(load * cpus * 0.3)),
      memory,
      disks: [{ ...diskOf(256 * GIB, between(random, 0.2, 0.7)), mountpoint: '/' }],
      status: 'online',
      lastSeen: now,
      intervalSeconds: 30,
      agentVersion: '4.26.1',
      containers,
      pendingUninstall: false,
    };
  });
}

function buildContainer(
  hostname: string,
  index: number,
  config: MockConfig,
  random: () => number,
  now: number,
): DockerContainer {
  const running = random() >= config.stoppedPercent;
  const image = pick(random, index < IMAGES.length ? IMAGES : [...IMAGES, ...MORE_IMAGES]);
  const limit = pick(random, [256, 512, 1024, 2048]) * 1024 ** 2;
  const used = running ? Math.round(limit * between(random, 0.1, 0.7)) : 0;
  const uptime = running ? Math.round(between(random, 0.05, 30) * DAY_S) : 0;
  const createdAt = now - Math.round(between(random, 30, 90) * DAY_S * 1000);
  const name = `${image.split(':')[0].split('/').pop()}-${index + 1}`;

  return {
    id: hexId(random),
    name,
    image,
    state: running ? 'running' : 'exited',
    status: running ? `Up ${Math.max(1, Math.round(uptime / 3600))} hours` : 'Exited (0)',
    ...(running && { health: 'healthy' }),
    cpuPercent: running ? round(between(random, 0, 15)) : 0,
    memoryUsageBytes: used,
    memoryLimitBytes: limit,
    memoryPercent: round((used / limit) * 100),
    uptimeSeconds: uptime,
    restartCount: random() < 0.1 ? 1 + Math.floor(random() * 3) : 0,
    exitCode: 0,
    createdAt,
    ...(running ? { startedAt: now - uptime * 1000 } : { finishedAt: now - 3_600_000 }),
  };
}

/** Host agent machines `host-N` of mixed platforms. */
export function buildHosts(config: MockConfig, random: () => number, now: number): Host[] {
  return Array.from({ length: config.genericHostCount }, (_, index) => {
    const hostname = `host-${index + 1}`;
    const cpuCount = pick(random, [2, 4, 8, 12]);
    const os = PLATFORMS[index % PLATFORMS.length];

    return {
      id: `mock-${hostname}`,
      hostname,
      displayName: hostname,
      ...os,
      architecture: os.platform === 'darwin' ? 'arm64' : 'x86_64',
      cpuCount,
      cpuUsage: round(between(random, 5, 35)),
      loadAverage: [0.3, 0.4, 0.5].map((load) => round(load * cpuCount * 0.3)),
      memory: memoryOf(pick(random, [4, 8, 16, 32]) * GIB, between(random, 0.3, 0.7)),
      disks: [{ ...diskOf(512 * GIB, between(random, 0.2, 0.8)), mountpoint: '/' }],
      status: 'online',
      uptimeSeconds: Math.round(between(random, 1, 120) * DAY_S),
      lastSeen: now,
      intervalSeconds: 30,
      agentVersion: '4.26.1',
      tags: index === 0 ? ['mock'] : [],
    };
  });
}

/** A 64-digit hex id, as Docker gives containers. */
function hexId(random: () => number): string {
  return Array.from({ length: 8 }, () =>
    Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
}
