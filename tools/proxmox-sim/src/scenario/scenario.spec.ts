import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioFile, resolveScenario, ScenarioError } from './scenario';

describe('resolveScenario', () => {
  it('defaults to a three-node cluster with thirty guests and Ceph', () => {
    const scenario = resolveScenario(undefined);

    expect(scenario.nodes.map((n) => n.name)).toEqual(['pve1', 'pve2', 'pve3']);
    expect(scenario.guests).toBe(30);
    expect(scenario.ceph).toBe(true);
  });

  it('gives every node a loopback address, even for large clusters', () => {
    const scenario = resolveScenario({ nodes: 600, guests: 0 });
    const ips = scenario.nodes.map((n) => n.ip);

    expect(ips.every((ip) => /^127\.0\.\d+\.\d+$/.test(ip))).toBe(true);
    expect(new Set(ips).size).toBe(600);
  });

  it('knows the benchmark preset', () => {
    const scenario = resolveScenario('bench');

    expect(scenario.nodes).toHaveLength(200);
    expect(scenario.guests).toBe(10000);
  });

  it.each([
    [{ nodes: 0 }, 'nodes'],
    [{ guests: -1 }, 'guests'],
    [{ containerRatio: 2 }, 'containerRatio'],
    [{ nodes: [{ name: 'a', ip: '10.0.0.1' }] }, 'loopback'],
    [{ offlineNodes: ['ghost'] }, 'ghost'],
    [{ events: { stop: 5 } }, 'events.stop'],
  ])('rejects %j with a clear message', (spec, fragment) => {
    expect(() => resolveScenario(spec as never)).toThrow(ScenarioError);
    expect(() => resolveScenario(spec as never)).toThrow(fragment);
  });

  it('rejects an unknown preset name', () => {
    expect(() => resolveScenario('huge' as never)).toThrow(/unknown scenario preset/);
  });

  it('reads JSON scenario files and reports broken ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-sim-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(
      good,
      JSON.stringify({ nodes: [{ name: 'alpha' }, { name: 'beta' }], guests: 4 }),
    );
    writeFileSync(bad, '{ nodes: ');

    const scenario = resolveScenario(loadScenarioFile(good));

    expect(scenario.nodes.map((n) => n.name)).toEqual(['alpha', 'beta']);
    expect(scenario.ceph).toBe(false);
    expect(() => loadScenarioFile(bad)).toThrow(/not valid JSON/);
  });
});
