import { Clock, epochSeconds } from '../core/clock';
import { clamp, Prng } from '../core/prng';
import { DAY, GiB } from '../core/units';
import { ResolvedScenario } from '../scenario/scenario.types';
import { MailTraffic } from './mail-stats';

export type QueueName = 'active' | 'deferred' | 'hold' | 'incoming';

export interface PmgNode {
  name: string;
  cid: number;
  role: 'master' | 'node';
  ip: string;
  queues: Record<QueueName, number>;
  backups: Array<{ filename: string; size: number; timestamp: number }>;
  cpu: number;
  memUsed: number;
  bootTime: number;
}

/** The simulated Proxmox Mail Gateway cluster. */
export class PmgModel {
  readonly version: string;
  readonly nodes: PmgNode[];
  readonly traffic: MailTraffic;
  readonly memTotal = 8 * GiB;
  private fingerprintValue = '';
  private nextPid = 2000;

  constructor(
    scenario: ResolvedScenario['pmg'],
    private readonly clock: Clock,
    private readonly rng: Prng,
    seed: number,
  ) {
    this.version = scenario.version;
    this.traffic = new MailTraffic(seed, scenario.mailPerHour);
    const now = this.now();
    this.nodes = scenario.nodes.map((name, i) => ({
      name,
      cid: i + 1,
      role: i === 0 ? 'master' : 'node',
      ip: `127.0.0.${200 + i}`,
      queues: {
        active: rng.int(0, 5),
        deferred: rng.int(0, 40),
        hold: rng.int(0, 3),
        incoming: rng.int(0, 2),
      },
      backups: this.initialBackups(now),
      cpu: 0.03,
      memUsed: 2.5 * GiB,
      bootTime: now - rng.int(5, 90) * DAY,
    }));
  }

  now(): number {
    return epochSeconds(this.clock);
  }

  setFingerprint(fingerprint: string): void {
    this.fingerprintValue = fingerprint;
  }

  fingerprint(): string {
    return this.fingerprintValue;
  }

  node(name: string): PmgNode | undefined {
    return this.nodes.find((node) => node.name === name);
  }

  nextUpidPid(): number {
    return this.nextPid++;
  }

  tick(): void {
    for (const node of this.nodes) {
      const q = node.queues;
      q.active = Math.round(clamp(q.active + this.rng.jitter(0, 2), 0, 50));
      q.deferred = Math.round(clamp(q.deferred + this.rng.jitter(0, 3), 0, 500));
      q.incoming = Math.round(clamp(q.incoming + this.rng.jitter(0, 1), 0, 20));
      node.cpu = clamp(node.cpu + this.rng.jitter(0, 0.02) + 0.2 * (0.05 - node.cpu), 0.002, 1);
      node.memUsed = Math.round(clamp(node.memUsed + this.rng.jitter(0, 0.05 * GiB), GiB, 7 * GiB));
    }
  }

  private initialBackups(now: number) {
    const today = Math.floor(now / DAY) * DAY;

    return Array.from({ length: 7 }, (_, i) => {
      const timestamp = today - (7 - i) * DAY + 1800;

      return { filename: backupName(timestamp), size: this.rng.int(80_000, 400_000), timestamp };
    });
  }
}

export function backupName(timestamp: number): string {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10).replace(/-/g, '_');

  return `pmg-backup_${date}_${timestamp.toString(16).toUpperCase()}.tgz`;
}
