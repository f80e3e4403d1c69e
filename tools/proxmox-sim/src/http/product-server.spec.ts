import { startSimulator } from '../simulator';
import { Simulator } from '../simulator.types';
import { call, pve } from '../testing/api-client';

type Body = { data: unknown; message?: string; errors?: Record<string, string> };

describe('request handling', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ tickMs: 0, tls: false, scenario: 'standalone' });
  });

  afterAll(() => sim.close());

  it('answers unknown paths with 501 like pveproxy', async () => {
    const res = await pve<Body>(sim, '/cluster/nothing-here');

    expect(res.status).toBe(501);
    expect(res.body.message).toContain("Method 'GET /cluster/nothing-here' not implemented");
  });

  it('answers malformed JSON, bad encodings and bad VMIDs with 400 and keeps serving', async () => {
    const badJson = await call<Body>(`${sim.pve.url}/api2/json/access/ticket`, {
      raw: '{"username": ',
      headers: { 'content-type': 'application/json' },
    });
    const encoding = await pve<Body>(sim, '/nodes/pve1/qemu/%E0%A4%A/status/current');
    const vmid = await pve<Body>(sim, '/nodes/pve1/qemu/abc/status/current');
    const after = await pve<Body>(sim, '/nodes');

    expect(badJson.status).toBe(400);
    expect(badJson.body.message).toContain('malformed JSON');
    expect(encoding.status).toBe(400);
    expect(vmid.status).toBe(400);
    expect(vmid.body.errors).toHaveProperty('vmid');
    expect(after.status).toBe(200);
  });

  it('rejects an unknown resource type with a parameter error', async () => {
    const res = await pve<Body>(sim, '/cluster/resources?type=everything');

    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('type');
  });

  it('reports a standalone node without a cluster row', async () => {
    const res = await pve<{ data: Array<Record<string, unknown>> }>(sim, '/cluster/status');

    expect(res.body.data).toEqual([
      expect.objectContaining({ type: 'node', name: 'pve1', ip: '127.0.0.1', local: 1, nodeid: 0 }),
    ]);
  });

  it('serves plain HTTP when TLS is off', () => {
    expect(sim.pve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.fingerprints.pve).toBe('');
  });
});
