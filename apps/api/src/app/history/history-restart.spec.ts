import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ChartsResponse } from '@pulse/contracts';
import { rmSync } from 'node:fs';
import request from 'supertest';

import { makeTempDir } from '../../test/test-app';
import { StateStore } from '../state/state-store.service';
import { MetricsDatabase } from './storage/metrics-database.service';
import { recordThreeHours, startOn } from './testing/restart-app';
import { nodeItem, vmItem } from './testing/state-fixtures';

const MINUTE = 60_000;

async function charts(app: NestExpressApplication, range: string): Promise<ChartsResponse> {
  const res = await request(app.getHttpServer()).get(`/api/charts?range=${range}`).expect(200);

  return res.body;
}

describe('metrics history across a restart', () => {
  let dataDir: string;
  let app: NestExpressApplication | undefined;
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;

  beforeAll(() => {
    dataDir = makeTempDir('pulse-history-restart-');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the same 1h and 7d charts from a new process on the same data dir', async () => {
    app = await startOn(dataDir);
    await recordThreeHours(app, now, (load) => ({
      nodes: [nodeItem('pve-node1', load)],
      vms: [vmItem('pve-node1-100', load)],
    }));
    const tierDone = app.get(MetricsDatabase).repository.doneUntil('guest', 'hour');
    const hourBefore = await charts(app, '1h');
    const weekBefore = await charts(app, '7d');
    await app.close();

    app = await startOn(dataDir);
    const hourAfter = await charts(app, '1h');
    const weekAfter = await charts(app, '7d');

    expect(tierDone).toBeGreaterThanOrEqual((now - 2 * 60 * MINUTE) / 1000);
    expect(hourBefore.data['pve-node1-100'].cpu.length).toBeGreaterThanOrEqual(59);
    expect(hourAfter.data).toEqual(hourBefore.data);
    expect(hourAfter.nodeData).toEqual(hourBefore.nodeData);
    expect(weekBefore.data['pve-node1-100'].cpu.length).toBeGreaterThan(2);
    expect(weekAfter.data).toEqual(weekBefore.data);
    // Hour rows are stamped with the start of their hour.
    expect(weekAfter.stats.oldestDataTimestamp).toBe(
      Math.floor((now - 180 * MINUTE) / 3_600_000) * 3_600_000,
    );
  });

  it('keeps adding to the history it found', async () => {
    const running = app as NestExpressApplication;
    running.get(StateStore).apply({
      source: 'pve:pve-0',
      at: now,
      collections: { vms: [vmItem('pve-node1-100', 0.77)] },
    });
    const cpu = (await charts(running, '1h')).data['pve-node1-100'].cpu;

    expect(cpu[cpu.length - 1]).toEqual({ timestamp: now, value: 77 });
    expect(cpu.length).toBeGreaterThanOrEqual(60);
  });
});
