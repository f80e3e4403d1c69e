import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ChartsResponse, StorageChartsResponse } from '@pulse/contracts';
import { rmSync } from 'node:fs';
import request from 'supertest';

import { makeTempDir } from '../../test/test-app';
import { recordThreeHours, startOn } from './testing/restart-app';
import { nodeItem, storageItem, vmItem } from './testing/state-fixtures';

const MINUTE = 60_000;
const GUESTS = ['pve-node1-100', 'pve-node1-101', 'pve-node2-102'];

/** Three hours of polls of two nodes, three guests and two storages, rolled up. */
function record(app: NestExpressApplication, now: number): Promise<void> {
  return recordThreeHours(app, now, (load, i) => ({
    nodes: [nodeItem('pve-node1', load), nodeItem('pve-node2', load / 2)],
    vms: GUESTS.map((id, n) => vmItem(id, (load + n / 10) % 1)),
    storage: [storageItem('pve-node1-local', 100 + i), storageItem('pve-node2-local', 50)],
  }));
}

describe('charts of listed resources from history on disk', () => {
  let dataDir: string;
  let app: NestExpressApplication;
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  const get = async <T>(path: string): Promise<T> =>
    (await request(app.getHttpServer()).get(path).expect(200)).body;

  beforeAll(async () => {
    dataDir = makeTempDir('pulse-charts-filter-');
    app = await startOn(dataDir);
    await record(app, now);
    await app.close();
    // A new process has no rings and no state yet: every point comes from metrics.db.
    app = await startOn(dataDir);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(['1h', '24h', '7d'])('gives range=%s of the listed ids only', async (range) => {
    const all = await get<ChartsResponse>(`/api/charts?range=${range}`);
    const some = await get<ChartsResponse>(
      `/api/charts?range=${range}&id=pve-node1-101,pve-node2,pve-node1-local`,
    );

    expect(Object.keys(all.data)).toEqual(expect.arrayContaining(GUESTS));
    expect(all.data['pve-node1-101'].cpu.length).toBeGreaterThan(2);
    expect(some.data).toEqual({ 'pve-node1-101': all.data['pve-node1-101'] });
    expect(some.nodeData).toEqual({ 'pve-node2': all.nodeData['pve-node2'] });
    expect(some.storageData).toEqual({ 'pve-node1-local': all.storageData['pve-node1-local'] });
  });

  it('gives the oldest timestamp of the listed resources', async () => {
    const some = await get<ChartsResponse>('/api/charts?range=7d&id=pve-node2-102');

    // Hour rows are stamped with the start of their hour.
    expect(some.stats.oldestDataTimestamp).toBe(
      Math.floor((now - 180 * MINUTE) / 3_600_000) * 3_600_000,
    );
    expect(some.data['pve-node2-102'].cpu[0].timestamp).toBe(some.stats.oldestDataTimestamp);
  });

  it('filters /api/storage-charts from disk too', async () => {
    const all = await get<StorageChartsResponse>('/api/storage-charts?range=120');
    const some = await get<StorageChartsResponse>(
      '/api/storage-charts?range=120&id=pve-node2-local',
    );

    expect(all['pve-node2-local']?.usage?.length).toBeGreaterThan(2);
    expect(some).toEqual({ 'pve-node2-local': all['pve-node2-local'] });
  });
});
