import type { ChartsResponse, StorageChartsResponse } from '@pulse/contracts';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { StateStore } from '../state/state-store.service';
import { containerItem, nodeItem, pbsItem, storageItem, vmItem } from './testing/state-fixtures';

const GUEST_KEYS = ['cpu', 'memory', 'disk', 'diskread', 'diskwrite', 'netin', 'netout'];
function last<T>(items: T[] | null | undefined): T | undefined {
  return items?.[items.length - 1];
}

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

describe('chart routes', () => {
  let testApp: TestApp;
  let store: StateStore;
  let now: number;
  const api = () => request(testApp.server);

  /** One poll batch of a PVE instance `at` ms, with loads that differ per batch. */
  const poll = (at: number, load: number) =>
    store.apply({
      source: 'pve:pve-0',
      at,
      collections: {
        nodes: [nodeItem('pve-node1', load)],
        vms: [vmItem('pve-node1-100', load)],
        containers: [containerItem('pve-node1-200', load / 2)],
        storage: [storageItem('pve-node1-local', 100 + load * 100)],
      },
    });

  beforeAll(async () => {
    testApp = await startTestApp();
    store = testApp.app.get(StateStore);
    now = Math.floor(Date.now() / 1000) * 1000;
    // Two hours ago (outside 1h), then every 10 s in the last five minutes.
    poll(now - 2 * 3_600_000, 0.9);
    for (let i = 30; i >= 1; i--) {
      poll(now - i * 10_000, i / 100);
    }
    store.apply({
      source: 'pbs:pbs-0',
      at: now - 5_000,
      collections: { pbs: [pbsItem('main', 500)] },
    });
  });

  afterAll(() => testApp.close());

  describe('GET /api/charts', () => {
    it('answers the documented shape', async () => {
      const { body } = await api().get('/api/charts?range=1h').expect(200);
      const charts = body as ChartsResponse;

      expect(Object.keys(charts).sort()).toEqual(
        ['data', 'nodeData', 'stats', 'storageData', 'timestamp'].sort(),
      );
      expect(Object.keys(charts.data).sort()).toEqual(['pve-node1-100', 'pve-node1-200']);
      expect(Object.keys(charts.data['pve-node1-100']).sort()).toEqual([...GUEST_KEYS].sort());
      expect(Object.keys(charts.nodeData['pve-node1']).sort()).toEqual(['cpu', 'disk', 'memory']);
      expect(Object.keys(charts.storageData).sort()).toEqual([
        'pbs-main-store1',
        'pve-node1-local',
      ]);
      expect(Object.keys(charts.storageData['pve-node1-local'])).toEqual(['disk']);
      expect(charts.timestamp).toBeGreaterThanOrEqual(now);
    });

    it('gzips the answer for a client that takes it, the same JSON either way', async () => {
      const plain = await api()
        .get('/api/charts?range=1h')
        .set('Accept-Encoding', 'identity')
        .expect(200);
      const gzipped = await api()
        .get('/api/charts?range=1h')
        .set('Accept-Encoding', 'gzip')
        .expect(200);

      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers['vary']).toContain('Accept-Encoding');
      const { timestamp: _plainTime, ...plainRest } = plain.body as ChartsResponse;
      const { timestamp: _gzipTime, ...gzipRest } = gzipped.body as ChartsResponse;
      expect(gzipRest).toEqual(plainRest);
      expect(Object.keys(plainRest.data)).toHaveLength(2);
    });

    it('gives the recorded points in percent and bytes per second, oldest first', async () => {
      const { body } = await api().get('/api/charts?range=1h').expect(200);
      const vm = (body as ChartsResponse).data['pve-node1-100'];

      expect(vm.cpu).toHaveLength(30);
      expect(vm.cpu[0]).toEqual({ timestamp: now - 300_000, value: 30 });
      expect(vm.cpu[29]).toEqual({ timestamp: now - 10_000, value: 1 });
      expect(vm.memory[0].value).toBe(30);
      expect(vm.disk[0].value).toBe(50);
      expect(vm.diskread[0].value).toBe(3000);
      expect(vm.netout[0].value).toBe(2000);
      expect((body as ChartsResponse).stats.oldestDataTimestamp).toBe(now - 300_000);
    });

    it('leaves out readings a guest does not have', async () => {
      const { body } = await api().get('/api/charts?range=5m').expect(200);
      const container = (body as ChartsResponse).data['pve-node1-200'];

      expect(container.disk).toEqual([]);
      expect(container.cpu.length).toBeGreaterThan(0);
    });

    it('gives node and storage usage in percent', async () => {
      const { body } = await api().get('/api/charts?range=15m').expect(200);
      const charts = body as ChartsResponse;

      expect(last(charts.nodeData['pve-node1'].cpu)?.value).toBe(1);
      expect(last(charts.nodeData['pve-node1'].memory)?.value).toBe(40);
      expect(last(charts.storageData['pve-node1-local'].disk)?.value).toBe(10.1);
      expect(charts.storageData['pbs-main-store1'].disk).toEqual([
        { timestamp: now - 5_000, value: 25 },
      ]);
    });

    it('answers an unknown range as one hour', async () => {
      const hour = await api().get('/api/charts?range=1h').expect(200);
      const unknown = await api().get('/api/charts?range=2h').expect(200);
      const missing = await api().get('/api/charts').expect(200);

      expect(unknown.body.data).toEqual(hour.body.data);
      expect(missing.body.data).toEqual(hour.body.data);
    });

    it.each(['4h', '24h', '7d', '30d'])('includes older points in range=%s', async (range) => {
      const { body } = await api().get(`/api/charts?range=${range}`).expect(200);
      const cpu = (body as ChartsResponse).data['pve-node1-100'].cpu;

      expect(cpu[0]).toEqual({ timestamp: now - 2 * 3_600_000, value: 90 });
      expect(last(cpu)?.timestamp).toBe(now - 10_000);
    });

    it.each(['90d', '1y'])('averages points into wide buckets for range=%s', async (range) => {
      const { body } = await api().get(`/api/charts?range=${range}`).expect(200);
      const cpu = (body as ChartsResponse).data['pve-node1-100'].cpu;

      // Either the old point alone (90) or the mean of all 31 points (17.9) comes first.
      expect(cpu[0].value).toBeGreaterThanOrEqual(17.9);
      expect(last(cpu)?.timestamp).toBe(now - 10_000);
    });

    it('gives a resource without points in the range its current value', async () => {
      store.apply({
        source: 'pve:pve-1',
        at: now - 3 * 3_600_000,
        collections: { vms: [vmItem('pve1-node1-300', 0.42)] },
      });
      const before = Date.now();
      const { body } = await api().get('/api/charts?range=1h').expect(200);
      const vm = (body as ChartsResponse).data['pve1-node1-300'];

      expect(Object.keys(vm).sort()).toEqual([...GUEST_KEYS].sort());
      expect(vm.cpu).toEqual([{ timestamp: body.timestamp, value: 42 }]);
      expect(vm.netin).toEqual([{ timestamp: body.timestamp, value: 1000 }]);
      expect(body.timestamp).toBeGreaterThanOrEqual(before);
      store.removeSource('pve:pve-1');
    });

    it('rejects a malformed range with 400 and an error body', async () => {
      const twice = await api().get('/api/charts?range=1h&range=4h').expect(400);
      const long = await api()
        .get(`/api/charts?range=${'x'.repeat(17)}`)
        .expect(400);

      expect(twice.body.error).toMatch(/range must be a single value/);
      expect(long.body.error).toMatch(/range/);
    });
  });

  describe('GET /api/storage-charts', () => {
    it('answers usage, used, total and available per storage with RFC 3339 times', async () => {
      const { body } = await api().get('/api/storage-charts?range=60').expect(200);
      const charts = body as StorageChartsResponse;
      const local = charts['pve-node1-local'];

      expect(Object.keys(charts).sort()).toEqual(['pbs-main-store1', 'pve-node1-local']);
      expect(Object.keys(local)).toEqual(['usage', 'used', 'total', 'avail']);
      expect(local.usage).toHaveLength(30);
      const newest = last(local.used);
      expect(Object.keys(newest ?? {})).toEqual(['value', 'timestamp']);
      expect(newest).toEqual({ value: 101, timestamp: new Date(now - 10_000).toISOString() });
      expect(local.total?.[0].value).toBe(1000);
      expect(last(local.avail)?.value).toBe(899);
      expect(local.usage?.[0].timestamp).toMatch(RFC3339);
      expect(charts['pbs-main-store1'].avail).toEqual([
        { value: 1500, timestamp: new Date(now - 5_000).toISOString() },
      ]);
    });

    it('counts the range in minutes, one hour by default', async () => {
      const five = await api().get('/api/storage-charts?range=1').expect(200);
      const fallback = await api().get('/api/storage-charts').expect(200);

      const lastMinute = five.body['pve-node1-local'].usage;

      expect(lastMinute.length).toBeGreaterThanOrEqual(1);
      expect(lastMinute.length).toBeLessThanOrEqual(6);
      expect(fallback.body['pve-node1-local'].usage).toHaveLength(30);
    });

    it.each(['abc', '0', '-5', '1.5', '525601', ''])('rejects range=%s with 400', async (range) => {
      const { body } = await api().get(`/api/storage-charts?range=${range}`).expect(400);

      expect(body.error).toMatch(/range must be a whole number of minutes from 1 to 525600/);
    });

    it('rejects unknown query parameters', async () => {
      const { body } = await api().get('/api/storage-charts?range=60&sort=asc').expect(400);

      expect(body.error).toMatch(/sort/);
    });
  });
});
