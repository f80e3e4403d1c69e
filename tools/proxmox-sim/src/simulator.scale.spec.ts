import { startSimulator } from './simulator';
import { Simulator } from './simulator.types';
import { pve } from './testing/api-client';

type ListBody = { data: Array<Record<string, unknown>> };

describe('simulator at benchmark scale (200 nodes, 10,000 guests)', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0, scenario: 'bench' });
  }, 60000);

  afterAll(() => sim.close());

  it('answers /cluster/resources with every guest, node and storage', async () => {
    const res = await pve<ListBody>(sim, '/cluster/resources');
    const types = new Map<unknown, number>();
    for (const row of res.body.data) types.set(row['type'], (types.get(row['type']) ?? 0) + 1);

    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(10000);
    expect((types.get('qemu') ?? 0) + (types.get('lxc') ?? 0)).toBeGreaterThanOrEqual(10000);
    expect(types.get('node')).toBe(200);
  });

  it('gives every guest and template its own vmid, and each answers its status', async () => {
    const res = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    const rows = res.body.data;
    const vmids = rows.map((row) => row['vmid']);
    const templates = rows.filter((row) => row['template'] === 1);
    const failed: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < rows.length; i = next++) {
        const { node, vmid, type } = rows[i];
        const path = `/nodes/${node}/${type}/${vmid}/status/current`;
        const status = await pve<{ data: { vmid: number } }>(sim, path);
        if (status.status !== 200 || status.body.data.vmid !== vmid) failed.push(path);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));

    expect(rows.length).toBeGreaterThan(10000);
    expect(templates.length).toBeGreaterThan(0);
    expect(new Set(vmids).size).toBe(vmids.length);
    expect(failed).toEqual([]);
  }, 120000);

  it('refreshes the cached answer after a tick', async () => {
    const before = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    sim.tick();
    const after = await pve<ListBody>(sim, '/cluster/resources?type=vm');

    expect(after.raw).not.toBe(before.raw);
    expect(after.body.data.length).toBe(before.body.data.length);
  });
});
