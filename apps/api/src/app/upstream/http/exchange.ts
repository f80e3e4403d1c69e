import { IncomingHttpHeaders } from 'node:http';
import { Dispatcher } from 'undici';

export interface ExchangeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with query, already prefixed with /api2/json. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface ExchangeResponse {
  status: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The whole-request budget ran out (connect, headers and body together). */
export class BudgetExceededError extends Error {
  readonly code = 'BUDGET_EXCEEDED';

  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.name = 'BudgetExceededError';
  }
}

export class ResponseTooLargeError extends Error {
  readonly code = 'RESPONSE_TOO_LARGE';
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * One HTTP exchange through an undici dispatcher. A custom handler is used rather than
 * `request()` because Proxmox puts its error text in the HTTP status line.
 */
export function exchange(
  dispatcher: Dispatcher,
  origin: string,
  request: ExchangeRequest,
): Promise<ExchangeResponse> {
  return new Promise((resolve, reject) => {
    const collector = new ResponseCollector(resolve, reject);
    const timer = setTimeout(
      () => collector.fail(new BudgetExceededError(request.timeoutMs)),
      request.timeoutMs,
    );
    collector.onSettled = () => clearTimeout(timer);
    try {
      dispatchTo(dispatcher, origin, request, collector);
    } catch (error) {
      collector.fail(error as Error);
    }
  });
}

function dispatchTo(
  dispatcher: Dispatcher,
  origin: string,
  request: ExchangeRequest,
  collector: ResponseCollector,
): void {
  dispatcher.dispatch(
    {
      origin,
      method: request.method,
      path: request.path,
      headers: { ...request.headers, 'accept-encoding': 'identity' },
      body: request.body ?? null,
      headersTimeout: request.timeoutMs,
      bodyTimeout: request.timeoutMs,
    },
    collector,
  );
}

class ResponseCollector implements Dispatcher.DispatchHandler {
  onSettled?: () => void;
  private controller?: Dispatcher.DispatchController;
  private status = 0;
  private statusMessage = '';
  private headers: IncomingHttpHeaders = {};
  private chunks: Buffer[] = [];
  private size = 0;
  private settled = false;

  constructor(
    private readonly resolve: (response: ExchangeResponse) => void,
    private readonly reject: (error: Error) => void,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.settled) {
      controller.abort(new Error('request already settled'));
    }
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    status: number,
    headers: IncomingHttpHeaders,
    statusMessage?: string,
  ): void {
    this.status = status;
    this.headers = headers;
    this.statusMessage = statusMessage ?? '';
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) {
      return;
    }
    this.size += chunk.length;
    if (this.size > MAX_BODY_BYTES) {
      this.fail(new ResponseTooLargeError(`response larger than ${MAX_BODY_BYTES} bytes`));
      return;
    }
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.settle(() =>
      this.resolve({
        status: this.status,
        statusMessage: this.statusMessage,
        headers: this.headers,
        body: this.text(),
      }),
    );
  }

  /** The body as text; a body in one chunk (most are) is decoded without a copy first. */
  private text(): string {
    const { chunks } = this;

    return chunks.length === 1
      ? chunks[0].toString('utf8')
      : Buffer.concat(chunks, this.size).toString('utf8');
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.settle(() => this.reject(error));
  }

  fail(error: Error): void {
    const controller = this.controller;
    this.settle(() => this.reject(error));
    if (controller && !controller.aborted) {
      controller.abort(error);
    }
  }

  private settle(action: () => void): void {
    if (this.settled) {
      return;
    }
    this.settled = true;
    this.onSettled?.();
    action();
    this.chunks = [];
  }
}
