import { createHash } from 'node:crypto';
import { createSecureContext, TLSSocket } from 'node:tls';
import { Agent, buildConnector } from 'undici';

export interface TlsSettings {
  /** Verify the certificate chain against the system CAs (ignored when a fingerprint is pinned). */
  verifySSL: boolean;
  /** SHA-256 of the leaf certificate (hex, any case, colons optional). */
  fingerprint?: string;
}

export interface AgentLimits {
  maxConnections: number;
  connectTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export const DEFAULT_AGENT_LIMITS: AgentLimits = {
  maxConnections: 20,
  connectTimeoutMs: 10_000,
  keepAliveTimeoutMs: 30_000,
};

export class FingerprintMismatchError extends Error {
  readonly code = 'FINGERPRINT_MISMATCH';

  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`certificate fingerprint ${formatFingerprint(actual)} is not the pinned one`);
    this.name = 'FingerprintMismatchError';
  }
}

export class InvalidFingerprintError extends Error {
  readonly code = 'INVALID_FINGERPRINT';
}

/** Upper-case hex without separators; throws when it is not a SHA-256 digest. */
export function normalizeFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[:\s-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) {
    throw new InvalidFingerprintError(
      'The certificate fingerprint must be a SHA-256 digest: 64 hex digits, colons optional',
    );
  }

  return hex;
}

export function formatFingerprint(hex: string): string {
  return (hex.match(/.{2}/g) ?? []).join(':');
}

export function certificateFingerprint(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase();
}

/** A keep-alive agent with bounded connections and the TLS policy of one upstream instance. */
export function createUpstreamAgent(tls: TlsSettings, limits = DEFAULT_AGENT_LIMITS): Agent {
  return new Agent({
    connections: limits.maxConnections,
    pipelining: 1,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    keepAliveMaxTimeout: 90_000,
    connect: buildTlsConnector(tls, limits.connectTimeoutMs),
  });
}

function buildTlsConnector(tls: TlsSettings, timeout: number): buildConnector.connector {
  // One context for all of the agent's connections: without it every new connection builds its
  // own (the system CA store included), which costs more than the handshake itself.
  const secureContext = createSecureContext();
  if (!tls.fingerprint) {
    return buildConnector({ rejectUnauthorized: tls.verifySSL, timeout, secureContext });
  }
  const pinned = normalizeFingerprint(tls.fingerprint);
  // No session reuse: a resumed session would skip the certificate we want to look at.
  const base = buildConnector({
    rejectUnauthorized: false,
    maxCachedSessions: 0,
    timeout,
    secureContext,
  });

  return (options, callback) =>
    base(options, (error, socket) => {
      if (error || !socket) {
        callback(error ?? new Error('connection failed'), null);
        return;
      }
      const mismatch = checkPin(socket, pinned);
      if (mismatch) {
        socket.destroy();
        callback(mismatch, null);
        return;
      }
      callback(null, socket);
    });
}

function checkPin(socket: unknown, pinned: string): FingerprintMismatchError | undefined {
  if (!(socket instanceof TLSSocket)) {
    return undefined;
  }
  const der = socket.getPeerCertificate().raw;
  const actual = der ? certificateFingerprint(der) : '';

  return actual === pinned ? undefined : new FingerprintMismatchError(pinned, actual);
}
