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

  it('refreshes the cached answer after a tick', async () => {
    const before = await pve<ListBody>(sim, '/cluster/resources?type=vm');
    sim.tick();
    const after = await pve<ListBody>(sim, '/cluster/resources?type=vm');

    expect(after.raw).not.toBe(before.raw);
    expect(after.body.data.length).toBe(before.body.data.length);
  });
});
