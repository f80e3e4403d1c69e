import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { makeTempDir } from '../../test/test-app';
import { ConfigError } from './config.error';
import { EnvSource } from './env-source';
import { Env } from './env.decorator';
import { asInt } from './env-parsers';
import { IsCount } from './env-validators';
import { configVariableNames, loadConfig, readSection } from './load-config';

describe('loadConfig', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = makeTempDir('pulse-config-');
  });

  const load = (env: Record<string, string> = {}) =>
    loadConfig({ PULSE_DATA_DIR: dataDir, ...env }, '/srv/pulse');

  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      load(env);
    } catch (error) {
      if (error instanceof ConfigError) {
        return error.problems;
      }
      throw error;
    }
    throw new Error('expected a ConfigError');
  };

  it('applies the defaults', () => {
    const config = load();

    expect(config.dataDir).toBe(dataDir);
    expect(config.envFile).toBeUndefined();
    expect(config.server).toMatchObject({
      port: 7655,
      bindAddress: '0.0.0.0',
      metricsPort: 9091,
      httpsEnabled: false,
      allowedOrigins: [],
      shutdownGraceMs: 8000,
    });
    expect(config.logging).toMatchObject({ level: 'info', format: 'auto' });
    expect(config.polling.connectionTimeoutMs).toBe(60_000);
    expect(config.discovery.subnetBlocklist).toEqual(['169.254.0.0/16']);
    expect(config.mock).toMatchObject({ enabled: false, nodes: 7, stoppedPercent: 20 });
    expect(config.runtime.demoMode).toBe(false);
  });

  it('resolves a relative data directory from the working directory', () => {
    const config = loadConfig({ PULSE_DATA_DIR: 'state' }, '/srv/pulse');

    expect(config.dataDir).toBe('/srv/pulse/state');
  });

  it('defaults the data directory to ./data', () => {
    expect(loadConfig({}, '/srv/pulse').dataDir).toBe('/srv/pulse/data');
  });

  it('reads typed values from the environment', () => {
    const config = load({
      FRONTEND_PORT: '8080',
      BIND_ADDRESS: '127.0.0.1',
      PULSE_METRICS_PORT: 'off',
      DEMO_MODE: '1',
      LOG_LEVEL: 'WARNING',
      CONNECTION_TIMEOUT: '2m',
      BACKUP_POLLING_INTERVAL: '90',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      PULSE_TRUSTED_PROXY_CIDRS: '10.0.0.0/8,192.168.1.5',
      OIDC_SCOPES: 'openid profile,email',
    });

    expect(config.server.port).toBe(8080);
    expect(config.server.bindAddress).toBe('127.0.0.1');
    expect(config.server.metricsPort).toBeNull();
    expect(config.runtime.demoMode).toBe(true);
    expect(config.logging.level).toBe('warn');
    expect(config.polling.connectionTimeoutMs).toBe(120_000);
    expect(config.polling.backupPollingIntervalMs).toBe(90_000);
    expect(config.server.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.auth.trustedProxyCidrs).toEqual(['10.0.0.0/8', '192.168.1.5']);
    expect(config.oidc.scopes).toEqual(['openid', 'profile', 'email']);
  });

  it('accepts metrics port 0 to pick a free port', () => {
    expect(load({ PULSE_METRICS_PORT: '0' }).server.metricsPort).toBe(0);
  });

  it('uses the legacy PORT only when FRONTEND_PORT is unset', () => {
    expect(load({ PORT: '9000' }).server.port).toBe(9000);
    expect(load({ PORT: '9000', FRONTEND_PORT: '9001' }).server.port).toBe(9001);
  });

  it('treats empty variables as unset', () => {
    expect(load({ FRONTEND_PORT: '', LOG_LEVEL: '' }).server.port).toBe(7655);
  });

  it('reads the .env file of the data directory, the environment winning', () => {
    const envFile = join(dataDir, '.env');
    writeFileSync(envFile, "FRONTEND_PORT=8100\nPULSE_AUTH_USER='admin'\nDEMO_MODE=true\n");

    const config = load({ FRONTEND_PORT: '8200' });

    expect(config.envFile).toBe(envFile);
    expect(config.server.port).toBe(8200);
    expect(config.auth.user).toBe('admin');
    expect(config.runtime.demoMode).toBe(true);
  });

  it('names the variable, its value and the rule for a bad value', () => {
    expect(problemsOf({ FRONTEND_PORT: 'abc' })).toEqual([
      'FRONTEND_PORT="abc" must be a port number from 0 to 65535',
    ]);
  });

  it('names the legacy variable when that one is bad', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([
      'PORT="70000" must be a port number from 0 to 65535',
    ]);
  });

  it('says which file a bad value came from', () => {
    writeFileSync(join(dataDir, '.env'), 'DEMO_MODE=maybe\n');

    expect(problemsOf({})).toEqual([
      `DEMO_MODE="maybe" (in ${join(dataDir, '.env')}) must be true or false ` +
        '(1/0, yes/no and on/off work too)',
    ]);
  });

  it('lists every bad variable at once', () => {
    const problems = problemsOf({
      CONNECTION_TIMEOUT: '10x',
      LOG_FORMAT: 'xml',
      BIND_ADDRESS: 'everywhere',
      PULSE_TRUSTED_NETWORKS: '10.0.0.0/33',
      PULSE_PUBLIC_URL: 'pulse.local',
      PULSE_METRICS_PORT: 'sometimes',
    });

    expect(problems).toHaveLength(6);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CONNECTION_TIMEOUT="10x" must be a duration/),
        'LOG_FORMAT="xml" must be one of: json, console, auto',
        expect.stringMatching(/^BIND_ADDRESS="everywhere" must be an IPv4 or IPv6 address/),
        expect.stringMatching(/^PULSE_TRUSTED_NETWORKS="10.0.0.0\/33" must be a comma-separated/),
        'PULSE_PUBLIC_URL="pulse.local" must be an http:// or https:// URL',
        'PULSE_METRICS_PORT="sometimes" must be a port number from 0 to 65535, or off',
      ]),
    );
  });

  it('hides the value of a secret variable', () => {
    class SecretSection {
      @Env('TEST_SECRET_NUMBER', asInt, { secret: true })
      @IsCount(1, 5)
      value = 1;
    }
    const source = EnvSource.read({ TEST_SECRET_NUMBER: 'hunter2' }, join(dataDir, '.env'));

    expect(readSection(SecretSection, source).problems).toEqual([
      'TEST_SECRET_NUMBER=(hidden) must be a whole number from 1 to 5',
    ]);
  });

  it('rejects a percentage out of range', () => {
    expect(problemsOf({ PULSE_MOCK_STOPPED_PERCENT: '140' })).toEqual([
      'PULSE_MOCK_STOPPED_PERCENT="140" must be a number from 0 to 100',
    ]);
  });

  it('checks that the adaptive polling intervals are ordered', () => {
    expect(problemsOf({ ADAPTIVE_POLLING_MIN_INTERVAL: '1m' })).toEqual([
      'ADAPTIVE_POLLING_MIN_INTERVAL <= ADAPTIVE_POLLING_BASE_INTERVAL <= ' +
        'ADAPTIVE_POLLING_MAX_INTERVAL must hold, got 1m, 10s and 5m',
    ]);
  });

  it('finds the web build in a configured directory relative to the working directory', () => {
    expect(load({ PULSE_FRONTEND_DIR: 'web' }).server.frontendDir).toBe('/srv/pulse/web');
  });

  it('lists every variable it reads', () => {
    const names = configVariableNames();

    expect(names).toEqual(expect.arrayContaining(['PULSE_DATA_DIR', 'FRONTEND_PORT', 'PORT']));
    expect(new Set(names).size).toBe(names.length);
  });
});
