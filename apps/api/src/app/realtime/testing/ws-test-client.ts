import type { WsEnvelope } from '@pulse/contracts';
import type { IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import WebSocket from 'ws';

import { waitFor } from '../../../test/wait-for';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Envelope = WsEnvelope<string, any>;

/**
 * `waitFor` with the short deadline of the realtime specs (5 s by default) and quick polling
 * (every 10 ms), so a probe that also sends keeps the socket busy.
 */
export function waitSoon<T>(
  what: string,
  probe: () => T | undefined | null | false,
  timeoutMs = 5_000,
): Promise<T> {
  return waitFor(what, probe, { timeoutMs, everyMs: 10 });
}

export function wsUrl(server: Server, path = '/ws'): string {
  const { port } = server.address() as AddressInfo;

  return `ws://127.0.0.1:${port}${path}`;
}

/** A real `ws` client that records every message it receives. */
export class WsTestClient {
  readonly messages: Envelope[] = [];
  closeEvent: { code: number; reason: string } | undefined;
  private readCursor = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.messages.push(JSON.parse(data.toString())));
    socket.on('close', (code, reason) => {
      this.closeEvent = { code, reason: reason.toString() };
    });
    socket.on('error', () => undefined);
  }

  static async connect(
    url: string,
    headers: Record<string, string> = {},
    options: WebSocket.ClientOptions = {},
  ): Promise<WsTestClient> {
    const socket = new WebSocket(url, { headers, perMessageDeflate: false, ...options });
    // Listen before the handshake completes: frames that arrive with the 101 answer are
    // emitted before an `await` on `open` would resume.
    const client = new WsTestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });

    return client;
  }

  /** Tries to connect and answers the HTTP status of a refused upgrade. */
  static async refusal(url: string, headers: Record<string, string> = {}): Promise<number> {
    return (await WsTestClient.refusalResponse(url, headers)).status;
  }

  /** Tries to connect and answers the HTTP response of a refused upgrade. */
  static refusalResponse(url: string, headers: Record<string, string> = {}) {
    const socket = new WebSocket(url, { headers });
    socket.on('error', () => undefined);

    return new Promise<{ status: number; contentType?: string; body: string }>(
      (resolve, reject) => {
        socket.once('open', () => reject(new Error('The upgrade was accepted')));
        socket.once('unexpected-response', (_request, response: IncomingMessage) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              contentType: response.headers['content-type'],
              body,
            }),
          );
        });
      },
    );
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message (after those already read) that matches, waiting for it. */
  async next(type: string, match: (message: Envelope) => boolean = () => true) {
    const found = await waitSoon(`a "${type}" message`, () => {
      const index = this.messages.findIndex(
        (message, i) => i >= this.readCursor && message.type === type && match(message),
      );

      return index >= 0 ? index + 1 : undefined;
    });
    this.readCursor = found;

    return this.messages[found - 1];
  }

  ofType(type: string): Envelope[] {
    return this.messages.filter((message) => message.type === type);
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) {
      return;
    }
    const closed = new Promise((resolve) => this.socket.once('close', resolve));
    this.socket.terminate();
    await closed;
  }
}
