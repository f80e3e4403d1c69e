import { readFileSync } from 'node:fs';
import { isLoopbackAddress, loopbackForIndex } from './loopback';
import { PresetName, ResolvedNode, ResolvedScenario, ScenarioSpec } from './scenario.types';

export const PRESETS: Record<PresetName, ScenarioSpec> = {
  default: { name: 'default', nodes: 3, guests: 30 },
  standalone: { name: 'standalone', nodes: 1, guests: 8, ceph: false },
  medium: { name: 'medium', nodes: 8, guests: 200 },
  bench: { name: 'bench', nodes: 200, guests: 10000, backupDays: 1 },
};

const DEFAULT_EVENTS = { stop: 0.0005, start: 0.003, migrate: 0.0003, backup: 0.0008 };

export class ScenarioError extends Error {}

export function loadScenarioFile(path: string): ScenarioSpec {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as ScenarioSpec;
  } catch (error) {
    throw new ScenarioError(`scenario file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export function resolveScenario(input: ScenarioSpec | PresetName | undefined): ResolvedScenario {
  const spec = typeof input === 'string' ? presetOrThrow(input) : (input ?? PRESETS.default);
  const nodes = resolveNodes(spec);
  const guests = integerIn('guests', spec.guests ?? 30, 0, 50000);

  return {
    name: spec.name ?? 'custom',
    clusterName: spec.clusterName ?? 'pve-sim',
    nodes,
    guests,
    containerRatio: ratio('containerRatio', spec.containerRatio ?? 0.4),
    stoppedRatio: ratio('stoppedRatio', spec.stoppedRatio ?? 0.15),
    templates: integerIn(
      'templates',
      spec.templates ?? Math.max(1, Math.floor(guests / 50)),
      0,
      500,
    ),
    agentRatio: ratio('agentRatio', spec.agentRatio ?? 0.7),
    ceph: spec.ceph ?? nodes.length >= 3,
    offlineNodes: resolveOffline(spec.offlineNodes ?? [], nodes),
    backupDays: integerIn('backupDays', spec.backupDays ?? (guests > 2000 ? 1 : 3), 0, 60),
    events: resolveEvents(spec),
    pbs: resolvePbs(spec),
    pmg: resolvePmg(spec),
  };
}

function presetOrThrow(name: string): ScenarioSpec {
  const preset = PRESETS[name as PresetName];
  if (!preset) {
    throw new ScenarioError(
      `unknown scenario preset "${name}" (known: ${Object.keys(PRESETS).join(', ')})`,
    );
  }

  return preset;
}

function resolveNodes(spec: ScenarioSpec): ResolvedNode[] {
  const version = spec.pveVersion ?? '8.4.1';
  const zfsMode = spec.zfs ?? 'alternate';
  const zfsFor = (i: number) => zfsMode === 'all' || (zfsMode === 'alternate' && i % 2 === 0);
  if (Array.isArray(spec.nodes)) {
    if (spec.nodes.length === 0) throw new ScenarioError('nodes must not be empty');

    return spec.nodes.map((node, i) => ({
      name: nodeName(node.name),
      ip: loopbackOrThrow(node.ip ?? loopbackForIndex(i)),
      pveVersion: node.pveVersion ?? version,
      zfs: node.zfs ?? zfsFor(i),
    }));
  }
  const count = integerIn('nodes', spec.nodes ?? 3, 1, 1000);

  return Array.from({ length: count }, (_, i) => ({
    name: `pve${i + 1}`,
    ip: loopbackForIndex(i),
    pveVersion: version,
    zfs: zfsFor(i),
  }));
}

function nodeName(name: unknown): string {
  if (typeof name !== 'string' || !/^[a-zA-Z][a-zA-Z0-9-]{0,62}$/.test(name)) {
    throw new ScenarioError(`invalid node name ${JSON.stringify(name)}`);
  }

  return name;
}

function loopbackOrThrow(ip: string): string {
  if (!isLoopbackAddress(ip)) {
    throw new ScenarioError(`node ip ${ip} is not a loopback address (127.0.0.0/8)`);
  }

  return ip;
}

function resolveOffline(names: string[], nodes: ResolvedNode[]): string[] {
  for (const name of names) {
    if (!nodes.some((node) => node.name === name)) {
      throw new ScenarioError(`offline node "${name}" is not part of the scenario`);
    }
  }

  return [...names];
}

function resolveEvents(spec: ScenarioSpec): ResolvedScenario['events'] {
  const events = { ...DEFAULT_EVENTS, ...(spec.events ?? {}) };
  for (const [key, value] of Object.entries(events)) ratio(`events.${key}`, value);

  return events;
}

function resolvePbs(spec: ScenarioSpec): ResolvedScenario['pbs'] {
  const datastores = spec.pbs?.datastores ?? [
    { name: 'backup-store', sizeTiB: 10, comment: 'Primary backups' },
    { name: 'offsite', sizeTiB: 20, comment: 'Synced copy' },
  ];
  if (datastores.length === 0) throw new ScenarioError('pbs.datastores must not be empty');

  return {
    hostname: spec.pbs?.hostname ?? 'pbs-sim',
    version: spec.pbs?.version ?? '3.4.1',
    datastores: datastores.map((store) => ({ ...store, sizeTiB: store.sizeTiB ?? 10 })),
  };
}

function resolvePmg(spec: ScenarioSpec): ResolvedScenario['pmg'] {
  const count = integerIn('pmg.nodes', spec.pmg?.nodes ?? 1, 1, 16);

  return {
    nodes: Array.from({ length: count }, (_, i) => `pmg${i + 1}`),
    version: spec.pmg?.version ?? '8.2.1',
    mailPerHour: integerIn('pmg.mailPerHour', spec.pmg?.mailPerHour ?? 120, 0, 1_000_000),
  };
}

function integerIn(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ScenarioError(`${name} must be an integer between ${min} and ${max}`);
  }

  return value;
}

function ratio(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ScenarioError(`${name} must be a number between 0 and 1`);
  }

  return value;
}
