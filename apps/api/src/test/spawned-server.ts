import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
const TS_CONFIG = 'apps/api/tsconfig.app.json';

/** The API started from its TypeScript sources in a child process, as `node main` would run. */
export class SpawnedServer {
  stdout = '';
  stderr = '';
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>) {
    this.child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      {
        cwd: WORKSPACE_ROOT,
        env: {
          PATH: process.env['PATH'],
          SWC_NODE_PROJECT: TS_CONFIG,
          TS_NODE_PROJECT: TS_CONFIG,
          TZ: 'UTC',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null);
  }

  /** Resolves with the exit code; rejects when the process runs past the deadline. */
  waitForExit(timeoutMs = 20_000): Promise<number | null> {
    return withDeadline(this.exited, timeoutMs, () => `server did not exit\n${this.output()}`);
  }

  /** Polls the JSON log lines on stdout until one matches. */
  async waitForLog(
    match: (entry: Record<string, unknown>) => boolean,
    timeoutMs = 20_000,
  ): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const entry = this.logEntries().find(match);
      if (entry) {
        return entry;
      }
      if (this.child.exitCode !== null) {
        break;
      }
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`log line not seen\n${this.output()}`);
  }

  /** The listening port, from the startup log line. */
  async waitForPort(): Promise<number> {
    const entry = await this.waitForLog((line) => /^Pulse listening on /.test(String(line['msg'])));

    return Number(/:(\d+)$/.exec(String(entry['msg']))?.[1]);
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  kill(): void {
    if (this.child.exitCode === null) {
      this.child.kill('SIGKILL');
    }
  }

  logEntries(): Record<string, unknown>[] {
    return this.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  }

  private output(): string {
    return `stdout:\n${this.stdout}\nstderr:\n${this.stderr}`;
  }
}

async function withDeadline<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
