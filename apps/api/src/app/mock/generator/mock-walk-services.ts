import type { DockerContainer, DockerHost, Host, PbsInstance, PmgInstance } from '@pulse/contracts';

import { queueStatus } from './mock-pmg';
import { between } from './prng';
import { drift, isoAt, round, walkMemory } from './mock-usage';

/** PBS CPU and memory (percent) drift around 20 % and 45 %. */
export function walkPbs(pbs: PbsInstance, random: () => number, now: number, elapsed: number) {
  const memory = drift(pbs.memoryUsed / pbs.memoryTotal, 0.45, random);
  const memoryUsed = Math.round(pbs.memoryTotal * memory);

  return {
    ...pbs,
    cpu: round(drift(pbs.cpu / 100, 0.2, random) * 100),
    memory: round(memory * 100),
    memoryUsed,
    uptime: pbs.uptime + Math.round(elapsed),
    lastSeen: isoAt(now),
  };
}

/** New mail arrives in the current hour and in the day's totals; the queue moves. */
export function walkPmg(
  pmg: PmgInstance,
  random: () => number,
  now: number,
  elapsed: number,
): PmgInstance {
  const countIn = Math.round(between(random, 0, 3) * Math.max(1, elapsed / 10));
  const spamIn = Math.round(countIn * between(random, 0, 0.4));
  const stats = pmg.mailStats;
  const points = pmg.mailCount ?? [];
  const last = points[points.length - 1];

  return {
    ...pmg,
    nodes: pmg.nodes?.map((node) => ({
      ...node,
      uptime: (node.uptime ?? 0) + Math.round(elapsed),
      queueStatus: queueStatus(random, now),
    })),
    ...(stats && {
      mailStats: {
        ...stats,
        countTotal: stats.countTotal + countIn,
        countIn: stats.countIn + countIn,
        spamIn: stats.spamIn + spamIn,
        bytesIn: stats.bytesIn + countIn * 48_000,
        updatedAt: isoAt(now),
      },
    }),
    ...(last && {
      mailCount: [
        ...points.slice(0, -1),
        {
          ...last,
          count: last.count + countIn,
          countIn: last.countIn + countIn,
          spamIn: last.spamIn + spamIn,
        },
      ],
    }),
    lastSeen: isoAt(now),
    lastUpdated: isoAt(now),
  };
}

export function walkDockerHost(
  host: DockerHost,
  random: () => number,
  now: number,
  elapsed: number,
): DockerHost {
  const memory = host.memory && walkMemory(host.memory.total, host.memory.used, random);

  return {
    ...host,
    cpuUsagePercent: round(drift(host.cpuUsagePercent / 100, 0.2, random) * 100),
    ...(memory && { memory }),
    uptimeSeconds: host.uptimeSeconds + Math.round(elapsed),
    lastSeen: now,
    containers: host.containers.map((container) => walkContainer(container, random, elapsed)),
  };
}

function walkContainer(
  container: DockerContainer,
  random: () => number,
  elapsed: number,
): DockerContainer {
  if (container.state !== 'running') {
    return container;
  }
  const limit = container.memoryLimitBytes;
  const used = Math.round(limit * drift(container.memoryUsageBytes / limit, 0.4, random));

  return {
    ...container,
    cpuPercent: round(drift(container.cpuPercent / 100, 0.05, random) * 100),
    memoryUsageBytes: used,
    memoryPercent: round((used / limit) * 100),
    uptimeSeconds: container.uptimeSeconds + Math.round(elapsed),
  };
}

export function walkHost(host: Host, random: () => number, now: number, elapsed: number): Host {
  const memory = host.memory && walkMemory(host.memory.total, host.memory.used, random);

  return {
    ...host,
    cpuUsage: round(drift((host.cpuUsage ?? 0) / 100, 0.2, random) * 100),
    ...(memory && { memory }),
    uptimeSeconds: (host.uptimeSeconds ?? 0) + Math.round(elapsed),
    lastSeen: now,
  };
}
