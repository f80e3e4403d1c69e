import { existsSync } from 'node:fs';
import { PRODUCTS } from '../core/product';
import { FaultInput } from '../faults/fault.types';
import { loadScenarioFile, PRESETS, resolveScenario } from '../scenario/scenario';
import { PresetName, ScenarioSpec } from '../scenario/scenario.types';
import { SimulatorOptions } from '../simulator.types';

export class CliError extends Error {}

export interface CliOptions {
  simulator: SimulatorOptions;
  json: boolean;
  help: boolean;
}

const VALUE_FLAGS = [
  'scenario',
  'nodes',
  'guests',
  'seed',
  'host',
  'pve-port',
  'pbs-port',
  'pmg-port',
  'control-port',
  'latency',
  'error-rate',
  'offline-node',
  'tick-ms',
];
const SWITCHES = ['no-tls', 'json', 'help'];

export const USAGE = `Usage: proxmox-sim [options]
  --scenario <file.json|preset>  scenario file or preset (${Object.keys(PRESETS).join(', ')})
  --nodes <n>  --guests <n>      cluster size (override the scenario)
  --seed <n>                     deterministic data (default 42)
  --no-tls                       plain HTTP instead of self-signed HTTPS
  --pve-port/--pbs-port/--pmg-port/--control-port <port>   default 0 (any free port)
  --latency <ms>                 added latency on every product
  --error-rate <0..1>            share of requests answered with HTTP 500
  --offline-node <name>          PVE node that answers 595 (repeatable)
  --tick-ms <ms>                 live data step interval (default 1000)
  --host <addr>                  loopback address to bind (default 127.0.0.1)
  --json                         print connection details as one JSON line`;

export function parseArgs(argv: string[]): CliOptions {
  const values = collect(argv);
  const scenario = scenarioFrom(values);
  const simulator: SimulatorOptions = {
    scenario,
    tls: !values.has('no-tls'),
    seed: int(values, 'seed', 0, 2 ** 32 - 1),
    host: last(values, 'host'),
    tickMs: int(values, 'tick-ms', 0, 3_600_000),
    ports: {
      pve: port(values, 'pve-port'),
      pbs: port(values, 'pbs-port'),
      pmg: port(values, 'pmg-port'),
      control: port(values, 'control-port'),
    },
    faults: faultsFrom(values, scenario),
  };

  return { simulator, json: values.has('json'), help: values.has('help') };
}

function collect(argv: string[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument "${arg}"`);
    const [name, inline] = splitFlag(arg.slice(2));
    if (SWITCHES.includes(name)) {
      values.set(name, ['true']);
      continue;
    }
    if (!VALUE_FLAGS.includes(name)) throw new CliError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }

  return values;
}

function splitFlag(flag: string): [string, string | undefined] {
  const eq = flag.indexOf('=');

  return eq < 0 ? [flag, undefined] : [flag.slice(0, eq), flag.slice(eq + 1)];
}

function scenarioFrom(values: Map<string, string[]>): ScenarioSpec {
  const source = last(values, 'scenario');
  let spec: ScenarioSpec = { ...PRESETS.default };
  if (source && source in PRESETS) spec = { ...PRESETS[source as PresetName] };
  else if (source && existsSync(source)) spec = loadScenarioFile(source);
  else if (source) throw new CliError(`--scenario: no preset or file named "${source}"`);
  const nodes = int(values, 'nodes', 1, 1000);
  const guests = int(values, 'guests', 0, 50000);
  if (nodes !== undefined) spec.nodes = nodes;
  if (guests !== undefined) spec.guests = guests;

  return spec;
}

function faultsFrom(values: Map<string, string[]>, scenario: ScenarioSpec): FaultInput[] {
  const faults: FaultInput[] = [];
  const latency = int(values, 'latency', 0, 600000);
  const rate = values.has('error-rate') ? Number(last(values, 'error-rate')) : undefined;
  if (rate !== undefined && !(rate >= 0 && rate <= 1)) {
    throw new CliError('--error-rate must be between 0 and 1');
  }
  for (const product of PRODUCTS) {
    if (latency) faults.push({ kind: 'latency', product, ms: latency });
    if (rate) faults.push({ kind: 'error', product, rate });
  }
  const known = resolveScenario(scenario).nodes.map((node) => node.name);
  for (const node of values.get('offline-node') ?? []) {
    if (!known.includes(node)) throw new CliError(`--offline-node: no node named "${node}"`);
    faults.push({ kind: 'offline', product: 'pve', node });
  }

  return faults;
}

function last(values: Map<string, string[]>, name: string): string | undefined {
  const list = values.get(name);

  return list?.[list.length - 1];
}

function int(values: Map<string, string[]>, name: string, min: number, max: number) {
  const raw = last(values, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new CliError(`--${name} must be an integer between ${min} and ${max}`);
  }

  return value;
}

function port(values: Map<string, string[]>, name: string): number | undefined {
  return int(values, name, 0, 65535);
}
