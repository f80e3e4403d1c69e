import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './pulse-server';

const SIMULATOR_ENTRY = join(WORKSPACE_ROOT, 'dist/tools/proxmox-sim/cli.js');
const START_TIMEOUT_MS = 20_000;

/** What the simulator's `--json` line tells about one product's listener. */
export interface SimulatedProduct {
  url: string;
  fingerprint: string;
  user: string;
  password: string;
  tokenId?: string;
  tokenSecret?: string;
}

export interface SimulatedGuest {
  vmid: number;
  type: 'qemu' | 'lxc';
  name: string;
  node: string;
  status: string;
  template: boolean;
}

export interface RunningSimulator {
  pve: SimulatedProduct;
  pbs: SimulatedProduct;
  pmg: SimulatedProduct;
  /** Calls the simulator's plain-HTTP control API and answers its JSON. */
  control<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  /** Reads a path of the simulated PVE or PBS API with its API token, as Pulse does. */
  apiGet<T>(product: 'pve' | 'pbs', path: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts the built Proxmox simulator (`dist/tools/proxmox-sim/cli.js`) as its own process on
 * free loopback ports. It is driven only over HTTP, so the tests share no code with it.
 */
export async function startProxmoxSimulator(args: string[] = []): Promise<RunningSimulator> {
  if (!existsSync(SIMULATOR_ENTRY)) {
    throw new Error(`${SIMULATOR_ENTRY} is missing: run "npx nx run proxmox-sim:build" first.`);
  }

  const child = spawn(process.execPath, [SIMULATOR_ENTRY, '--json', ...args], {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const summary = await firstJsonLine(child);
  const stop = () => stopProcess(child);

  return {
    pve: summary.pve,
    pbs: summary.pbs,
    pmg: summary.pmg,
    control: (method, path, body) => controlCall(summary.control, method, path, body),
    apiGet: (product, path) => apiGet(product, summary[product], path),
    stop,
  };
}

interface Summary {
  pve: SimulatedProduct;
  pbs: SimulatedProduct;
  pmg: SimulatedProduct;
  control: string;
}

function firstJsonLine(child: ChildProcess): Promise<Summary> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The Proxmox simulator ${why}.\nOutput:\n${output}`));
    };
    const timer = setTimeout(() => fail('did not start in time'), START_TIMEOUT_MS);

    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`exited with code ${code}`));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output
        .split('\n')
        .slice(0, -1)
        .find((text) => text.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(JSON.parse(line) as Summary);
      }
    });
  });
}

async function controlCall<T>(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`Simulator control ${method} ${path} answered ${response.status}: ${text}`);
  }

  return (text ? JSON.parse(text) : undefined) as T;
}

/** The simulator's certificate is self-signed; this test client trusts it on purpose. */
function apiGet<T>(product: 'pve' | 'pbs', target: SimulatedProduct, path: string): Promise<T> {
  const url = new URL(`/api2/json${path}`, target.url);
  const token =
    product === 'pve'
      ? `PVEAPIToken=${target.tokenId}=${target.tokenSecret}`
      : `PBSAPIToken=${target.tokenId}:${target.tokenSecret}`;
  const headers = { Authorization: token };

  return new Promise((resolve, reject) => {
    const call = request(url, { headers, rejectUnauthorized: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => {
        if (response.statusCode !== 200) {
          reject(new Error(`${product} GET ${path} answered ${response.statusCode}: ${text}`));
        } else {
          resolve((JSON.parse(text) as { data: T }).data);
        }
      });
    });
    call.on('error', reject);
    call.end();
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
