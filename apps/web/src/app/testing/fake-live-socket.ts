import { StateDelta, StateSnapshot } from '@pulse/contracts';
import { LiveSocket } from '../core/live-state/live-socket';

/** A scripted stand-in for the browser's WebSocket: the test plays the server. */
export class FakeLiveSocket implements LiveSocket {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: unknown[] = [];
  closedByClient = false;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.closedByClient = true;
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  serverSends(message: unknown): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);

    this.onmessage?.(new MessageEvent('message', { data }));
  }

  full(type: 'initialState' | 'rawData', state: StateSnapshot, seq: number): void {
    this.serverSends({ type, seq, data: state });
  }

  delta(delta: StateDelta): void {
    this.serverSends({ type: 'stateDelta', data: delta });
  }

  serverCloses(code = 1006): void {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

/** Records every socket the service opens, newest last. */
export class FakeSocketServer {
  readonly sockets: FakeLiveSocket[] = [];

  readonly factory = (url: string) => {
    const socket = new FakeLiveSocket(url);
    this.sockets.push(socket);

    return socket;
  };

  get latest(): FakeLiveSocket {
    const socket = this.sockets[this.sockets.length - 1];
    if (!socket) {
      throw new Error('No socket was opened');
    }

    return socket;
  }
}
