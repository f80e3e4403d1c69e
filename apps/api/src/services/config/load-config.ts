import { validateSync, ValidationError } from 'class-validator';
import { join, resolve } from 'node:path';

import { ConfigError } from './config.error';
import { EnvSource, EnvValue } from './env-source';
import { envBindings } from './env.decorator';
import { resolveFrontendDir } from './frontend-dir';
import { CONFIG_SECTIONS, ConfigSections, PulseConfig } from './pulse-config';
import { checkSettingRelations } from './setting-relations';

export const DATA_DIR_VARIABLE = 'PULSE_DATA_DIR';
const DEFAULT_DATA_DIR = 'data';

type SectionType = new () => object;

interface SectionResult {
  settings: object;
  problems: string[];
}

/**
 * Reads the configuration from `env` and from `<data dir>/.env` (the environment wins),
 * validates it and returns it typed. Throws a {@link ConfigError} naming every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): PulseConfig {
  const dataDir = resolve(cwd, env[DATA_DIR_VARIABLE] || DEFAULT_DATA_DIR);
  const source = EnvSource.read(env, join(dataDir, '.env'));
  const results = Object.entries(CONFIG_SECTIONS).map(
    ([key, type]) => [key, readSection(type, source)] as const,
  );
  const sections = Object.fromEntries(
    results.map(([key, result]) => [key, result.settings]),
  ) as ConfigSections;
  const problems = results.flatMap(([, result]) => result.problems);
  problems.push(...(problems.length === 0 ? checkSettingRelations(sections) : []));
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  sections.server.frontendDir = resolveFrontendDir(sections.server.frontendDir, cwd);

  return new PulseConfig(dataDir, source.filePath, sections);
}

/** Every variable the configuration reads, for documentation checks. */
export function configVariableNames(): string[] {
  const bound = Object.values(CONFIG_SECTIONS).flatMap((type) =>
    envBindings(type).flatMap((binding) => binding.names),
  );

  return [DATA_DIR_VARIABLE, ...bound];
}

export function readSection(type: SectionType, source: EnvSource): SectionResult {
  const settings = new type() as Record<string, unknown>;
  const used = new Map<string, EnvValue & { secret: boolean }>();
  for (const binding of envBindings(type)) {
    const value = source.find(binding.names);
    if (value) {
      settings[binding.property] = binding.parse(value.raw);
      used.set(binding.property, { ...value, secret: binding.secret });
    }
  }
  const problems = validateSync(settings).map((error) =>
    describeProblem(error, used.get(error.property)),
  );

  return { settings, problems };
}

function describeProblem(
  error: ValidationError,
  value: (EnvValue & { secret: boolean }) | undefined,
): string {
  const reason = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  if (!value) {
    return `${error.property} ${reason}`;
  }
  const shown = value.secret ? '(hidden)' : JSON.stringify(value.raw);
  const origin = value.origin === 'environment' ? '' : ` (in ${value.origin})`;

  return `${value.name}=${shown}${origin} ${reason}`;
}
