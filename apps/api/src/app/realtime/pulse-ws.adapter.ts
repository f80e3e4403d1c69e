import { INestApplicationContext } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';

import { UpgradeGate } from './upgrade-gate.service';
import { parseUpgradeUrl, refuseUpgrade } from './upgrade-request';

type PathServer = WebSocketServer & { path: string };

/**
 * Nest's `ws` adapter with the upgrade rules of Pulse: an upgrade on a path without a
 * gateway is answered 404 (the stock adapter drops the connection), and one on a gateway
 * path must pass the `UpgradeGate` (origin, later authentication) before the handshake.
 * Client messages are read by the hub itself, not dispatched as `{event, data}`.
 */
export class PulseWsAdapter extends WsAdapter {
  private gate: UpgradeGate | undefined;

  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  override bindMessageHandlers(): void {
    // The hub listens to each socket; the protocol's `{type, data}` is not Nest's `{event}`.
  }

  override bindErrorHandler(server: WebSocketServer): WebSocketServer {
    server.on('error', (error) => this.logger.error(`WebSocket server error: ${error.message}`));

    return server;
  }

  protected override ensureHttpServerExists(
    port: number,
    httpServer: Server = createServer(),
  ): Server | undefined {
    if (this.httpServersRegistry.has(port)) {
      return undefined;
    }
    this.httpServersRegistry.set(port, httpServer);
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(port, request, socket, head),
    );

    return httpServer;
  }

  private upgrade(port: number, request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const pathname = parseUpgradeUrl(request.url)?.pathname;
    const servers = (this.wsServersRegistry.get(port) ?? []) as PathServer[];
    const server = servers.find((candidate) => candidate.path === pathname);
    if (!server) {
      refuseUpgrade(socket, 404, 'Not found');

      return;
    }
    const onError = (error: Error) => this.logger.debug(`Upgrade socket error: ${error.message}`);
    socket.on('error', onError);
    this.upgradeGate()
      .check(request)
      .then(
        (verdict) => {
          if (!verdict.allowed) {
            refuseUpgrade(socket, verdict.status, verdict.error);

            return;
          }
          server.handleUpgrade(request, socket, head, (ws) => {
            socket.off('error', onError);
            server.emit('connection', ws, request);
          });
        },
        (error: Error) => {
          this.logger.error(`WebSocket upgrade check failed: ${error.message}`, error.stack);
          refuseUpgrade(socket, 500, 'Internal server error');
        },
      );
  }

  private upgradeGate(): UpgradeGate {
    this.gate ??= this.app.get<UpgradeGate, UpgradeGate>(UpgradeGate);

    return this.gate;
  }
}
