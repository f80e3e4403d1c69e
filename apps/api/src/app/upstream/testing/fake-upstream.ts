import {
  createServer as createHttpServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo, createServer as createTcpServer, Socket } from 'node:net';
import { TestCertificate } from './test-certificate';

export interface FakeRequest {
  method: string;
  /** Path below `/api2/json`, without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeReply {
  status?: number;
  statusMessage?: string;
  /** Sent as `{"data": json}` unless `raw` is given. */
  data?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: FakeRequest) => FakeReply | 'hang' | 'drop';

/** A tiny Proxmox-like API on 127.0.0.1 for unit tests; every request is recorded. */
export class FakeUpstream {
  readonly requests: FakeRequest[] = [];
  /** TCP connections accepted so far (keep-alive reuse shows as a small number). */
  connections = 0;
  handler: FakeHandler = () => ({ status: 404, statusMessage: 'no such route' });
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly secure: boolean,
  ) {
    server.on('connection', (socket: Socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(certificate?: TestCertificate): Promise<FakeUpstream> {
    const holder: { fake?: FakeUpstream } = {};
    const listener = (req: IncomingMessage, res: ServerResponse) => holder.fake?.serve(req, res);
    const server = certificate
      ? createHttpsServer({ key: certificate.key, cert: certificate.cert }, listener)
      : createHttpServer(listener);
    holder.fake = new FakeUpstream(server, certificate !== undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

    return holder.fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `${this.secure ? 'https' : 'http'}://127.0.0.1:${this.port}`;
  }

  /** Swaps the served certificate; open keep-alive connections are cut so clients reconnect. */
  rotateCertificate(certificate: TestCertificate): void {
    (this.server as unknown as { setSecureContext(o: object): void }).setSecureContext({
      key: certificate.key,
      cert: certificate.cert,
    });
    this.dropConnections();
  }

  dropConnections(): void {
    for (const socket of this.sockets) {
      socket.destroy();
    }
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const request: FakeRequest = {
        method: req.method ?? 'GET',
        path: url.pathname.replace(/^\/api2\/json/, ''),
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      this.requests.push(request);
      this.reply(res, this.handler(request));
    });
  }

  private reply(res: ServerResponse, reply: FakeReply | 'hang' | 'drop'): void {
    if (reply === 'hang') return;
    if (reply === 'drop') {
      res.socket?.destroy();
      return;
    }
    const body = reply.raw ?? JSON.stringify({ data: reply.data ?? null });
    res.writeHead(reply.status ?? 200, reply.statusMessage, {
      'content-type': 'application/json;charset=UTF-8',
      ...reply.headers,
    });
    res.end(body);
  }
}

/** A port on 127.0.0.1 with nothing listening (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));

  return port;
}

/** Accepts TCP connections and never says a word (not even a TLS handshake). */
export async function silentListener(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
