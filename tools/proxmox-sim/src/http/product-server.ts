import {
  createServer as createHttpServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, Server as HttpsServer } from 'node:https';
import { Socket } from 'node:net';
import { Authenticator } from '../auth/authenticator';
import { Product } from '../core/product';
import { FaultController } from '../faults/fault-controller';
import { RequestFaults } from '../faults/fault.types';
import { TlsMaterial } from '../tls/certificate';
import { ApiError } from './api-error';
import { readBody } from './body';
import { sendData, sendError } from './responses';
import { Router } from './router';

const API_PREFIX = '/api2/json';

export interface ProductServerOptions {
  product: Product;
  host: string;
  port: number;
  tls?: TlsMaterial;
  router: Router;
  authenticator: Authenticator;
  faults: FaultController;
  serverHeader: string;
  /** Offline state that comes from the model (scenario), on top of injected faults. */
  isNodeOffline?: (node: string) => boolean;
  permissionMessage: (path: string, privilege: string) => string;
}

interface ParsedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  node?: string;
}

/** One Proxmox product listener: fault injection, auth, routing, Proxmox-style envelopes. */
export class ProductServer {
  private readonly server: Server | HttpsServer;
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;

  constructor(private readonly options: ProductServerOptions) {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = options.tls
      ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handler)
      : createHttpServer(handler);
    this.server.keepAliveTimeout = 5000;
    this.server.on('connection', (socket: Socket) => this.track(socket));
  }

  get url(): string {
    const scheme = this.options.tls ? 'https' : 'http';
    const host = this.options.host.includes(':') ? `[${this.options.host}]` : this.options.host;

    return `${scheme}://${host}:${this.boundPort}`;
  }

  get usesTls(): boolean {
    return this.options.tls !== undefined;
  }

  get port(): number {
    return this.boundPort;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        this.boundPort = typeof address === 'object' && address ? address.port : 0;
        resolve();
      });
    });
  }

  /** Swaps the certificate for new handshakes; the port stays the same. */
  setCertificate(tls: TlsMaterial): void {
    if (!(this.server instanceof HttpsServer)) throw new Error('listener runs without TLS');
    this.server.setSecureContext({ key: tls.key, cert: tls.cert });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parseRequest(req);
    const faults = this.options.faults.forRequest(this.options.product, request.path, request.node);
    if (faults.drop) {
      req.socket.destroy();

      return;
    }
    if (faults.hang) return;
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    try {
      const payload = await this.dispatch(req, request, faults);
      sendData(res, payload, this.options.serverHeader);
    } catch (error) {
      sendError(res, error, this.options.serverHeader);
    }
  }

  private async dispatch(req: IncomingMessage, request: ParsedRequest, faults: RequestFaults) {
    const { method, path } = request;
    if (!request.path.startsWith('/'))
      throw new ApiError(501, `Method '${method}' not implemented`);
    if (faults.error) throw new ApiError(500, 'simulated internal server error');
    const body = method === 'GET' || method === 'HEAD' ? {} : await readBody(req);
    if (path === '/access/ticket') return this.ticket(method, request.query, body, faults);
    if (faults.authFailure) throw new ApiError(401, 'authentication failure');
    const principal = this.options.authenticator.authenticate(req.headers);
    this.options.authenticator.checkCsrf(principal, method, req.headers);
    if (faults.offline || this.modelOffline(request.node)) {
      throw new ApiError(595, 'No route to host');
    }
    if (faults.denied && principal.tokenId) {
      throw new ApiError(403, this.options.permissionMessage(path, faults.denied.privilege));
    }
    const match = this.options.router.match(method, path);

    return match.handler({
      method,
      path,
      params: match.params,
      query: request.query,
      body,
      user: principal.user,
      tokenId: principal.tokenId,
    });
  }

  private ticket(
    method: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
    faults: RequestFaults,
  ) {
    if (method === 'GET') return null;
    if (method !== 'POST')
      throw new ApiError(501, `Method '${method} /access/ticket' not implemented`);
    if (faults.authFailure) throw new ApiError(401, 'authentication failure');

    return this.options.authenticator.login({ ...Object.fromEntries(query), ...body });
  }

  private modelOffline(node: string | undefined): boolean {
    return node !== undefined && (this.options.isNodeOffline?.(node) ?? false);
  }
}

function parseRequest(req: IncomingMessage): ParsedRequest {
  const method = (req.method ?? 'GET').toUpperCase();
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://simulator.invalid');
  } catch {
    return { method, path: '', query: new URLSearchParams() };
  }
  const pathname = url.pathname.replace(/\/+$/, '');
  if (!pathname.startsWith(API_PREFIX)) return { method, path: '', query: url.searchParams };
  const path = pathname.slice(API_PREFIX.length) || '/';
  const node = /^\/nodes\/([^/]+)/.exec(path)?.[1];

  return { method, path, query: url.searchParams, node: node && decodeSafe(node) };
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
