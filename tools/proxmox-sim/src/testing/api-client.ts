import { connect } from 'node:tls';
import { Agent, Dispatcher, request } from 'undici';
import { Simulator } from '../simulator.types';

/** Test-only HTTP helper: real requests over loopback, self-signed certificates accepted. */
export const insecureAgent = new Agent({
  connect: { rejectUnauthorized: false },
  headersTimeout: 10000,
  bodyTimeout: 10000,
});

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  raw: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface CallOptions {
  method?: Dispatcher.HttpMethod;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  /** Sent as is (for malformed-input tests). */
  raw?: string;
  dispatcher?: Dispatcher;
}

export async function call<T = unknown>(url: string, options: CallOptions = {}) {
  const headers = { ...(options.headers ?? {}) };
  let body = options.raw;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  const res = await request(url, {
    method: options.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
    dispatcher: options.dispatcher ?? insecureAgent,
  });
  const raw = await res.body.text();
  const parsed = raw.length > 0 ? (JSON.parse(raw) as T) : (undefined as T);

  return { status: res.statusCode, body: parsed, raw, headers: res.headers } as ApiResponse<T>;
}

export function pveToken(sim: Simulator): Record<string, string> {
  const c = sim.credentials.pve;

  return { authorization: `PVEAPIToken=${c.tokenId}=${c.tokenSecret}` };
}

export function pbsToken(sim: Simulator): Record<string, string> {
  const c = sim.credentials.pbs;

  return { authorization: `PBSAPIToken=${c.tokenId}:${c.tokenSecret}` };
}

export function pve<T = { data: unknown }>(
  sim: Simulator,
  path: string,
  options: CallOptions = {},
) {
  return call<T>(`${sim.pve.url}/api2/json${path}`, {
    ...options,
    headers: { ...pveToken(sim), ...(options.headers ?? {}) },
  });
}

export function pbs<T = { data: unknown }>(
  sim: Simulator,
  path: string,
  options: CallOptions = {},
) {
  return call<T>(`${sim.pbs.url}/api2/json${path}`, {
    ...options,
    headers: { ...pbsToken(sim), ...(options.headers ?? {}) },
  });
}

export interface Ticket {
  ticket: string;
  CSRFPreventionToken: string;
  username: string;
}

export async function login(url: string, user: string, password: string): Promise<Ticket> {
  const res = await call<{ data: Ticket }>(`${url}/api2/json/access/ticket`, {
    json: { username: user, password },
  });
  if (res.status !== 200) throw new Error(`login failed with ${res.status}`);

  return res.body.data;
}

/** SHA-256 fingerprint of the certificate a listener presents right now. */
export function peerFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate();
      socket.destroy();
      if (cert) resolve(cert.fingerprint256);
      else reject(new Error('no peer certificate'));
    });
    socket.on('error', reject);
  });
}

/** Polls until `check` passes or the deadline expires (no fixed sleeps in assertions). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
