import type { StateDelta } from '@pulse/contracts';

import { serializeState } from '../state/serialized-state';
import { deltaMessage, eventMessage, stateMessage } from './outbound-message';
import { DEFAULT_REALTIME_TUNING, RealtimeTuning } from './realtime-tuning';
import { ClientObserver, ClientSocket, WsClient } from './ws-client';

/** A socket whose writes complete only when the test says so, like a peer that reads slowly. */
class SlowSocket implements ClientSocket {
  readonly written: string[] = [];
  readonly pending: Array<(error?: Error) => void> = [];
  closed: { code: number; reason: string } | undefined;
  terminated = false;
  pings = 0;

  send(data: Buffer, _options: { binary: boolean }, callback: (error?: Error) => void): void {
    this.written.push(JSON.parse(data.toString()).type);
    this.pending.push(callback);
  }

  ping(): void {
    this.pings += 1;
  }

  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Completes the oldest outstanding write. */
  flushOne(error?: Error): void {
    this.pending.shift()?.(error);
  }
}

function observer(): ClientObserver & { counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);

  return {
    counts,
    sent: (type) => count(`sent:${type}`),
    coalesced: (type) => count(`coalesced:${type}`),
    dropped: (type) => count(`dropped:${type}`),
  };
}

function delta(baseSeq: number, seq: number): StateDelta {
  return { baseSeq, seq, changes: {}, lastUpdate: seq };
}

describe('WsClient', () => {
  let now: number;
  let socket: SlowSocket;
  let watcher: ReturnType<typeof observer>;
  const tuning: RealtimeTuning = {
    ...DEFAULT_REALTIME_TUNING,
    highWaterBytes: 100,
    maxQueueMessages: 2,
    maxLagMs: 1_000,
    closeGraceMs: 50,
  };
  const make = () => new WsClient(1, 'full', socket, tuning, watcher, () => now);

  beforeEach(() => {
    now = 1_000_000;
    socket = new SlowSocket();
    watcher = observer();
  });

  it('writes straight to the socket while little is in flight', () => {
    const client = make();
    client.send(eventMessage('a', {}));
    client.send(eventMessage('b', {}));

    expect(socket.written).toEqual(['a', 'b']);
    expect(client.queued).toBe(0);
    expect(watcher.counts['sent:a']).toBe(1);
  });

  it('queues behind the high-water mark and sends the queue as the socket drains', () => {
    const client = make();
    client.send(eventMessage('big', 'x'.repeat(200)));
    client.send(eventMessage('next', {}));
    client.send(eventMessage('last', {}));

    expect(socket.written).toEqual(['big']);
    expect(client.queued).toBe(2);
    socket.flushOne();
    expect(socket.written).toEqual(['big', 'next', 'last']);
    expect(client.queued).toBe(0);
  });

  it('coalesces states and deltas while behind and counts it', () => {
    const client = make();
    client.send(eventMessage('big', 'x'.repeat(200)));
    for (let seq = 1; seq <= 5; seq += 1) {
      client.send(stateMessage('rawData', seq, serializeState(seq, {}), seq));
    }

    expect(client.queued).toBe(1);
    expect(client.version).toBe(5);
    expect(watcher.counts['coalesced:rawData']).toBe(4);
    socket.flushOne();
    expect(socket.written).toEqual(['big', 'rawData']);
  });

  it('merges deltas while behind', () => {
    const client = make();
    client.mode = 'delta';
    client.send(eventMessage('big', 'x'.repeat(200)));
    client.send(deltaMessage(delta(0, 1), 1));
    client.send(deltaMessage(delta(1, 2), 2));

    expect(client.queued).toBe(1);
    expect(watcher.counts['coalesced:stateDelta']).toBe(1);
  });

  it('is too slow once an event does not fit in its queue', () => {
    const client = make();
    client.send(eventMessage('big', 'x'.repeat(200)));
    client.send(eventMessage('e1', {}));
    client.send(eventMessage('e2', {}));

    expect(client.lagVerdict()).toBeUndefined();
    client.send(eventMessage('e3', {}));
    expect(watcher.counts['dropped:e3']).toBe(1);
    expect(client.lagVerdict()).toBe('queue-full');
  });

  it('is lagging when its queue stays non-empty too long, and not once it caught up', () => {
    const client = make();
    client.send(eventMessage('big', 'x'.repeat(200)));
    client.send(stateMessage('rawData', 1, serializeState(1, {}), 1));
    now += 900;
    expect(client.lagVerdict()).toBeUndefined();
    now += 200;
    expect(client.lagVerdict()).toBe('lagging');

    socket.flushOne();
    expect(client.queued).toBe(0);
    expect(client.lagVerdict()).toBeUndefined();
  });

  it('stops writing after a failed write or once closing', () => {
    const client = make();
    client.send(eventMessage('big', 'x'.repeat(200)));
    client.send(eventMessage('queued', {}));
    socket.flushOne(new Error('broken pipe'));

    expect(socket.written).toEqual(['big']);
    client.close(4000, 'Client too slow');
    client.send(eventMessage('after', {}));
    client.ping();
    expect(socket.written).toEqual(['big']);
    expect(socket.pings).toBe(0);
    expect(socket.closed).toEqual({ code: 4000, reason: 'Client too slow' });
  });

  describe('closing', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('destroys the socket when the peer does not finish the closing handshake', () => {
      make().close(1001, 'Server shutting down');

      jest.advanceTimersByTime(tuning.closeGraceMs - 1);
      expect(socket.terminated).toBe(false);
      jest.advanceTimersByTime(1);
      expect(socket.terminated).toBe(true);
    });

    it('does not destroy a socket that closed in time', () => {
      const client = make();
      client.close(1001, 'Server shutting down');
      client.closed();

      jest.advanceTimersByTime(tuning.closeGraceMs * 2);
      expect(socket.terminated).toBe(false);
    });
  });
});
