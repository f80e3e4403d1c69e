import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { repoPath, WORKSPACE_ROOT } from '../lib/repo-files';

// Stands in for npm and apt-get: records the call and the environment it saw.
const FAKE_COMMAND = `#!/usr/bin/env bash
call="$(basename "$0") $*"
echo "$call|CI=$CI NX_DAEMON=$NX_DAEMON NX_NO_CLOUD=$NX_NO_CLOUD TZ=$TZ|$PWD" >> "$CALL_LOG"
[ "$call" != "\${FAIL_CALL:-}" ]
`;

interface CiResult {
  code: number;
  calls: string[];
  environments: string[];
  directories: string[];
}

function runCi(sandbox: string, env: Record<string, string>): Promise<CiResult> {
  const log = join(mkdtempSync(join(sandbox, 'run-')), 'calls.log');
  writeFileSync(log, '');
  const fullEnv = {
    ...process.env,
    PATH: `${join(sandbox, 'bin')}:${process.env['PATH']}`,
    CALL_LOG: log,
    CI: 'false',
    TZ: 'Europe/Berlin',
    ...env,
  };

  return new Promise((resolve) => {
    execFile('bash', [repoPath('.ci/run')], { cwd: sandbox, env: fullEnv }, (error) => {
      const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      const parts = lines.map((line) => line.split('|'));
      resolve({
        code: error ? Number(error.code) : 0,
        calls: parts.map(([call]) => call.trim()).filter((call) => !call.endsWith('--version')),
        environments: parts.map(([, environment]) => environment),
        directories: parts.map(([, , directory]) => directory),
      });
    });
  });
}

describe('.ci/run', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'ci-run-'));
  const present = join(sandbox, 'chromium');

  beforeAll(() => {
    mkdirSync(join(sandbox, 'bin'));
    for (const path of [join(sandbox, 'bin', 'npm'), join(sandbox, 'bin', 'apt-get'), present]) {
      writeFileSync(path, FAKE_COMMAND);
      chmodSync(path, 0o755);
    }
  });

  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it('runs exactly npm test from the repository root when Chromium is there', async () => {
    const result = await runCi(sandbox, { CI_CHROMIUM_PATH: present });

    expect(result.code).toBe(0);
    expect(result.calls).toEqual(['npm ci', 'npm test']);
    expect(new Set(result.directories)).toEqual(new Set([WORKSPACE_ROOT]));
    expect(new Set(result.environments)).toEqual(
      new Set(['CI=true NX_DAEMON=false NX_NO_CLOUD=true TZ=UTC']),
    );
  });

  it('installs Chromium with apt first when it is missing', async () => {
    const result = await runCi(sandbox, { CI_CHROMIUM_PATH: join(sandbox, 'missing') });

    expect(result.code).toBe(0);
    expect(result.calls).toEqual([
      'apt-get update',
      'apt-get install -y chromium',
      'npm ci',
      'npm test',
    ]);
  });

  it.each([
    ['npm ci', ['apt-get update', 'apt-get install -y chromium', 'npm ci']],
    ['apt-get update', ['apt-get update']],
  ])('stops with an error when %s fails', async (failing, calls) => {
    const result = await runCi(sandbox, {
      CI_CHROMIUM_PATH: join(sandbox, 'missing'),
      FAIL_CALL: failing,
    });

    expect(result.code).not.toBe(0);
    expect(result.calls).toEqual(calls);
  });
});
