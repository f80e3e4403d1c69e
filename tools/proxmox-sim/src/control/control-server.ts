import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { isProduct } from '../core/product';
import { FaultValidationError } from '../faults/fault-validation';
import { FaultInput } from '../faults/fault.types';
import { ApiError } from '../http/api-error';
import { readBody } from '../http/body';
import { SimulatorControl } from './simulator-control';

type Handler = (body: Record<string, unknown>, match: RegExpExecArray) => unknown;

interface ControlRoute {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** Plain-HTTP control API for fault injection and scripted changes (loopback only). */
export class ControlServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly routes: ControlRoute[];
  private boundPort = 0;

  constructor(
    private readonly control: SimulatorControl,
    private readonly host: string,
    private readonly port: number,
  ) {
    this.routes = this.buildRoutes();
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  get url(): string {
    return `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.boundPort}`;
  }

  get boundTo(): number {
    return this.boundPort;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, this.host, () => {
        const address = this.server.address();
        this.boundPort = typeof address === 'object' && address ? address.port : 0;
        resolve();
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  private buildRoutes(): ControlRoute[] {
    const c = this.control;
    const route = (method: string, pattern: RegExp, handler: Handler) => ({
      method,
      pattern,
      handler,
    });

    return [
      route('GET', /^\/health$/, () => ({ ok: true })),
      route('GET', /^\/info$/, () => c.info()),
      route('GET', /^\/faults$/, () => c.faults.list()),
      route('POST', /^\/faults$/, (body) => c.faults.add(body as unknown as FaultInput)),
      route('DELETE', /^\/faults$/, () => c.faults.reset()),
      route('POST', /^\/faults\/reset$/, () => c.faults.reset()),
      route('DELETE', /^\/faults\/([\w-]+)$/, (_b, m) => removeFault(c, m[1])),
      route('POST', /^\/certificates\/(\w+)\/rotate$/, (_b, m) => rotate(c, m[1])),
      route('POST', /^\/tick$/, (body) => c.tickTimes(Number(body['count'] ?? 1))),
      route('GET', /^\/guests$/, () => c.inventory().guests),
      route('POST', /^\/guests\/(\d+)\/(start|stop)$/, (_b, m) =>
        c.guestAction(Number(m[1]), m[2]),
      ),
      route('POST', /^\/guests\/(\d+)\/migrate$/, (body, m) =>
        c.migrate(Number(m[1]), body['target']),
      ),
    ];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = new URL(req.url ?? '/', 'http://control.invalid').pathname;
      const route = this.routes.find((r) => r.method === req.method && r.pattern.test(path));
      if (!route) throw new ApiError(404, `no control route for ${req.method} ${path}`);
      const body = req.method === 'GET' ? {} : await readBody(req);
      const result = await route.handler(body, route.pattern.exec(path) as RegExpExecArray);
      respond(res, result === undefined ? 204 : route.method === 'POST' ? 201 : 200, result);
    } catch (error) {
      respond(res, statusOf(error), { error: (error as Error).message });
    }
  }
}

function removeFault(control: SimulatorControl, id: string) {
  if (!control.faults.remove(id)) throw new ApiError(404, `no fault ${id}`);

  return undefined;
}

async function rotate(control: SimulatorControl, product: string) {
  if (!isProduct(product)) throw new ApiError(400, 'product must be pve, pbs or pmg');

  return { product, fingerprint: await control.faults.rotateCertificate(product) };
}

function statusOf(error: unknown): number {
  if (error instanceof ApiError) return error.status;
  if (error instanceof FaultValidationError) return 400;

  return 500;
}

function respond(res: ServerResponse, status: number, payload: unknown): void {
  if (res.headersSent) return;
  if (status === 204) {
    res.writeHead(204).end();

    return;
  }
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
