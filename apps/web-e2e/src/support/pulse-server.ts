import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';
import { waitFor } from './wait-for';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
const SERVER_ENTRY = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const FRONTEND_DIR = join(WORKSPACE_ROOT, 'dist/apps/web/browser');
const OUTPUT_LIMIT = 20_000;

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Tries before giving up when a port probed free is taken before the server listens. */
const START_ATTEMPTS = 3;

/**
 * Starts the real built Pulse server on a free loopback port with an empty data directory;
 * `env` adds or overrides settings (poll intervals, for example).
 */
export async function startPulseServer(env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  assertBuilt();

  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env);
    } catch (error) {
      // The port is probed free, released, then taken by the server: in between, another
      // socket (an outgoing connection of the browser, say) may get it. Another port will do.
      const taken = (error as Error).message.includes('EADDRINUSE');
      if (!taken || attempt === START_ATTEMPTS) {
        throw error;
      }
    }
  }
}

async function startOnce(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pulse-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: WORKSPACE_ROOT,
    env: { ...serverEnvironment(port, dataDir), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const closed = new Promise((resolve) => child.once('close', resolve));
  const stop = () => stopServer(child, dataDir);

  try {
    await waitFor('the server to answer /api/health', () => isHealthy(baseUrl, child));
  } catch (error) {
    await stop();
    // All of its output, including the last lines that say why it stopped.
    await closed;
    throw new Error(`${(error as Error).message}\nServer output:\n${output()}`);
  }

  return { baseUrl, stop };
}

function assertBuilt(): void {
  for (const path of [SERVER_ENTRY, join(FRONTEND_DIR, 'index.html')]) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: run "npm run build" first.`);
    }
  }
}

function serverEnvironment(port: number, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    FRONTEND_PORT: String(port),
    BIND_ADDRESS: '127.0.0.1',
    PULSE_DATA_DIR: dataDir,
    PULSE_METRICS_PORT: 'off',
    PULSE_FRONTEND_DIR: FRONTEND_DIR,
  };
}

async function isHealthy(baseUrl: string, child: ChildProcess): Promise<boolean> {
  if (child.exitCode !== null) {
    throw new Error(`The server exited early with code ${child.exitCode}`);
  }

  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });

    return response.ok;
  } catch {
    return false;
  }
}

function collectOutput(child: ChildProcess): () => string {
  let text = '';
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-OUTPUT_LIMIT);
  };

  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  return () => text;
}

async function stopServer(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));

    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(forced);
  }

  rmSync(dataDir, { recursive: true, force: true });
}
