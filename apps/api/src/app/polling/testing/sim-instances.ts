import type { SchedulerInstanceHealth } from '@pulse/contracts';
import request from 'supertest';

import type { TestApp } from '../../../test/test-app';

/** What the bodies need of a running `@pulse/proxmox-sim` simulator. */
export interface SimEndpoints {
  pve: { url: string };
  pbs: { url: string };
  pmg: { url: string };
  credentials: {
    pve: { tokenId: string; tokenSecret: string };
    pbs: { tokenId: string; tokenSecret: string };
    pmg: { user: string; password: string };
  };
}

/** The three simulator products as `POST /api/config/nodes` bodies, with these names. */
export function simNodeBodies(
  sim: SimEndpoints,
  names = { pve: 'Main', pbs: 'Backups', pmg: 'Mail' },
) {
  return {
    pve: {
      type: 'pve',
      name: names.pve,
      host: sim.pve.url,
      tokenName: sim.credentials.pve.tokenId,
      tokenValue: sim.credentials.pve.tokenSecret,
    },
    pbs: {
      type: 'pbs',
      name: names.pbs,
      host: sim.pbs.url,
      tokenName: sim.credentials.pbs.tokenId,
      tokenValue: sim.credentials.pbs.tokenSecret,
    },
    pmg: {
      type: 'pmg',
      name: names.pmg,
      host: sim.pmg.url,
      user: sim.credentials.pmg.user,
      password: sim.credentials.pmg.password,
    },
  };
}

/**
 * Reads scheduler health and `/api/state` over HTTP, and remembers every distinct
 * `lastSuccess` each instance reported, to measure its cadence afterwards.
 */
export class PollingProbe {
  private readonly successes = new Map<string, Set<number>>();

  constructor(private readonly testApp: TestApp) {}

  async health(): Promise<Record<string, unknown>> {
    const res = await request(this.testApp.server)
      .get('/api/monitoring/scheduler/health')
      .expect(200);
    for (const instance of res.body.instances as SchedulerInstanceHealth[]) {
      const at = instance.pollStatus.lastSuccess;
      if (at) {
        this.seen(instance.key).add(Date.parse(at));
      }
    }

    return res.body;
  }

  async instance(key: string): Promise<SchedulerInstanceHealth> {
    const body = await this.health();
    const found = (body['instances'] as SchedulerInstanceHealth[]).find((item) => item.key === key);
    if (!found) {
      throw new Error(`no instance ${key} in scheduler health`);
    }

    return found;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async state(): Promise<any> {
    return (await request(this.testApp.server).get('/api/state').expect(200)).body;
  }

  /** Successful cycles of `key` seen since `since` (ms), in order. */
  successesSince(key: string, since: number): number[] {
    return [...this.seen(key)].filter((at) => at >= since).sort((a, b) => a - b);
  }

  /** `pulse_monitor_poll_total` of one instance and result, from `GET /api/metrics`. */
  async pollCount(instance: string, type: string, result: 'success' | 'error'): Promise<number> {
    const text = (await request(this.testApp.server).get('/api/metrics').expect(200)).text;
    const line = text
      .split('\n')
      .find(
        (row) =>
          row.startsWith('pulse_monitor_poll_total{') &&
          row.includes(`instance="${instance}"`) &&
          row.includes(`type="${type}"`) &&
          row.includes(`result="${result}"`),
      );

    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
  }

  private seen(key: string): Set<number> {
    let set = this.successes.get(key);
    if (!set) {
      set = new Set();
      this.successes.set(key, set);
    }

    return set;
  }
}

/** The largest gap between consecutive timestamps, and between the last one and `until`. */
export function largestGap(times: number[], until: number): number {
  let largest = 0;
  for (let i = 1; i < times.length; i += 1) {
    largest = Math.max(largest, times[i] - times[i - 1]);
  }

  return times.length ? Math.max(largest, until - times[times.length - 1]) : Infinity;
}
