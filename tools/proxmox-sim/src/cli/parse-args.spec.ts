import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, parseArgs } from './parse-args';

describe('parseArgs', () => {
  it('maps size, ports and TLS flags onto simulator options', () => {
    const options = parseArgs([
      '--nodes',
      '5',
      '--guests=12',
      '--seed',
      '9',
      '--no-tls',
      '--pve-port',
      '18006',
      '--control-port=0',
    ]);

    expect(options.simulator.scenario).toMatchObject({ nodes: 5, guests: 12 });
    expect(options.simulator).toMatchObject({ tls: false, seed: 9 });
    expect(options.simulator.ports).toMatchObject({ pve: 18006, control: 0 });
  });

  it('turns latency, error rate and offline nodes into initial faults', () => {
    const options = parseArgs([
      '--latency',
      '20',
      '--error-rate',
      '0.1',
      '--offline-node',
      'pve2',
      '--offline-node=pve3',
    ]);
    const kinds = (options.simulator.faults ?? []).map((f) => `${f.kind}:${f.product}`);

    expect(kinds.filter((k) => k.startsWith('latency'))).toHaveLength(3);
    expect(kinds.filter((k) => k.startsWith('error'))).toHaveLength(3);
    expect(kinds.filter((k) => k === 'offline:pve')).toHaveLength(2);
  });

  it('loads a scenario file and lets --nodes override it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pulse-sim-cli-')), 'scenario.json');
    writeFileSync(file, JSON.stringify({ name: 'lab', nodes: 2, guests: 3 }));

    const options = parseArgs(['--scenario', file, '--nodes', '4']);

    expect(options.simulator.scenario).toMatchObject({ name: 'lab', nodes: 4, guests: 3 });
  });

  it.each([
    [['--nodes', 'many'], /--nodes/],
    [['--error-rate', '7'], /--error-rate/],
    [['--offline-node', 'pve9'], /pve9/],
    [['--what'], /unknown option/],
    [['--scenario', 'no-such-thing'], /no preset or file/],
    [['--seed'], /needs a value/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
