import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

import { PulseConfig } from '../../services/config/pulse-config';
import { isOriginAllowed } from './origin-policy';
import { RealtimeMetrics } from './realtime-metrics.service';

/** Whether an upgrade may proceed; a refusal is answered with `status` and `{"error"}`. */
export type UpgradeVerdict = { allowed: true } | { allowed: false; status: number; error: string };

/** A check another feature adds in front of every WebSocket upgrade. */
export type UpgradeGuard = (request: IncomingMessage) => UpgradeVerdict | Promise<UpgradeVerdict>;

const ALLOWED: UpgradeVerdict = { allowed: true };

/**
 * Decides, before the handshake, whether a request may become a WebSocket: the guards
 * other features register (authentication first), then the origin check of the original.
 */
@Injectable()
export class UpgradeGate {
  private readonly guards: UpgradeGuard[] = [];

  constructor(
    private readonly config: PulseConfig,
    private readonly metrics: RealtimeMetrics,
  ) {}

  /**
   * The hook for authentication.
   * TODO: the auth feature does not exist yet, so every client may connect; it must add a
   * guard here that checks the credentials of the original (session cookie, X-API-Token,
   * Bearer or Basic header, proxy headers; never a query-string token) and the rate limit
   * of 5 new connections per minute per IP, answering 401 or 429 before the upgrade.
   */
  addGuard(guard: UpgradeGuard): void {
    this.guards.push(guard);
  }

  /** The verdict on one upgrade request; refusals are counted in the metrics. */
  async check(request: IncomingMessage): Promise<UpgradeVerdict> {
    const verdict = await this.decide(request);
    if (!verdict.allowed) {
      this.metrics.upgradeRejected(verdict.status);
    }

    return verdict;
  }

  private async decide(request: IncomingMessage): Promise<UpgradeVerdict> {
    for (const guard of this.guards) {
      const verdict = await guard(request);
      if (!verdict.allowed) {
        return verdict;
      }
    }
    if (!isOriginAllowed(originFacts(request), this.config.server.allowedOrigins)) {
      return { allowed: false, status: 403, error: 'Origin not allowed' };
    }

    return ALLOWED;
  }
}

function originFacts(request: IncomingMessage) {
  const header = (name: string) => {
    const value = request.headers[name];

    return Array.isArray(value) ? value[0] : value;
  };

  return {
    origin: header('origin'),
    host: header('host'),
    forwardedProto: header('x-forwarded-proto'),
    forwardedScheme: header('x-forwarded-scheme'),
    forwardedHost: header('x-forwarded-host'),
    encrypted: Boolean((request.socket as TLSSocket).encrypted),
  };
}
