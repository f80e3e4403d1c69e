import { TestBed } from '@angular/core/testing';
import { FakeSocketServer } from '../../testing/fake-live-socket';
import { containerFixture, emptyState, vmFixture } from '../../testing/state-fixtures';
import { ConnectionStore } from '../connection/connection.store';
import { LIVE_SOCKET_FACTORY } from './live-socket';
import { LiveStateService, RESYNC_TIMEOUT_MS, SILENCE_LIMIT_MS } from './live-state.service';
import { MAX_RECONNECT_DELAY_MS, RECONNECT_JITTER } from './reconnect-delay';

/** The longest a reconnect can wait after `attempt` failures, jitter included. */
const longestWait = (attempt: number) =>
  Math.min(1_000 * 2 ** (attempt - 1), MAX_RECONNECT_DELAY_MS) * (1 + RECONNECT_JITTER);

describe('LiveStateService', () => {
  let server: FakeSocketServer;
  let live: LiveStateService;
  let connection: ConnectionStore;

  beforeEach(() => {
    jest.useFakeTimers();
    server = new FakeSocketServer();
    TestBed.configureTestingModule({
      providers: [{ provide: LIVE_SOCKET_FACTORY, useValue: server.factory }],
    });
    live = TestBed.inject(LiveStateService);
    connection = TestBed.inject(ConnectionStore);
  });

  afterEach(() => {
    live.stop();
    jest.useRealTimers();
  });

  function connect(seq = 1, state = emptyState({ vms: [vmFixture(100, 'web')] })) {
    live.start();
    const socket = server.latest;
    socket.open();
    socket.serverSends({ type: 'welcome', data: { message: 'hi' } });
    socket.full('initialState', state, seq);

    return socket;
  }

  it('opens the delta stream of its own origin and takes the initial state', () => {
    const socket = connect(7);

    expect(socket.url).toBe('ws://localhost/ws?delta=1');
    expect(live.seq()).toBe(7);
    expect(live.state()?.vms.map((vm) => vm.name)).toEqual(['web']);
    expect(live.socketStatus()).toBe('open');
    expect(connection.state()).toBe('connected');
  });

  it('rebuilds the state from a chain of deltas', () => {
    const socket = connect(1);
    const ct = containerFixture(200, 'dns');

    socket.delta({
      baseSeq: 1,
      seq: 2,
      lastUpdate: 2,
      changes: { containers: { upserted: [ct], removed: [] } },
    });
    socket.delta({
      baseSeq: 2,
      seq: 4,
      lastUpdate: 4,
      changes: {
        vms: { upserted: [], removed: ['lab-pve1-100'] },
        containers: { upserted: [{ ...ct, status: 'stopped' }], removed: [] },
      },
      connectionHealth: { lab: true },
    });

    expect(live.seq()).toBe(4);
    expect(live.state()?.vms).toEqual([]);
    expect(live.state()?.containers.map((c) => c.status)).toEqual(['stopped']);
    expect(live.state()?.connectionHealth).toEqual({ lab: true });
    expect(socket.sent).toEqual([]);
  });

  it('asks for the whole state once after a gap and carries on from it', () => {
    const socket = connect(1);
    const before = live.state();

    socket.delta({ baseSeq: 3, seq: 4, lastUpdate: 4, changes: {} });
    socket.delta({ baseSeq: 4, seq: 5, lastUpdate: 5, changes: {} });

    expect(socket.sent).toEqual([{ type: 'resync' }]);
    expect(live.state()).toBe(before);
    expect(live.seq()).toBe(1);

    socket.full('rawData', emptyState({ vms: [vmFixture(101, 'db')] }), 5);
    socket.delta({ baseSeq: 5, seq: 6, lastUpdate: 6, changes: {} });

    expect(live.seq()).toBe(6);
    expect(live.state()?.vms.map((vm) => vm.name)).toEqual(['db']);
  });

  it('reconnects when a requested resync never arrives', () => {
    const socket = connect(1);
    socket.delta({ baseSeq: 3, seq: 4, lastUpdate: 4, changes: {} });

    jest.advanceTimersByTime(RESYNC_TIMEOUT_MS);

    expect(socket.closedByClient).toBe(true);
    jest.advanceTimersByTime(longestWait(1));
    expect(server.sockets.length).toBe(2);
  });

  it('ignores frames that are not JSON messages', () => {
    const socket = connect(1);

    socket.serverSends('not json');
    socket.serverSends({ data: 'no type' });

    expect(live.seq()).toBe(1);
    expect(socket.sent).toEqual([]);
  });

  it('reconnects with growing delays and keeps the last state meanwhile', () => {
    connect(1);
    const kept = live.state();

    server.latest.serverCloses();
    expect(connection.state()).toBe('reconnecting');
    expect(live.state()).toBe(kept);

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const opened = server.sockets.length;
      let waited = 0;
      while (server.sockets.length === opened) {
        jest.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
      server.latest.serverCloses();
    }

    expect(waits[0]).toBeLessThanOrEqual(longestWait(1));
    expect(waits[3]).toBeGreaterThan(longestWait(2));
    expect(connection.state()).toBe('offline');
  });

  it('is connected again with the new initial state after a reconnect', () => {
    connect(9);
    server.latest.serverCloses();
    jest.advanceTimersByTime(longestWait(1));

    server.latest.open();
    server.latest.full('initialState', emptyState(), 2);

    expect(connection.state()).toBe('connected');
    expect(live.seq()).toBe(2);
    expect(live.state()?.vms).toEqual([]);
  });

  it('drops a silent connection and opens a new one', () => {
    const socket = connect(1);

    jest.advanceTimersByTime(SILENCE_LIMIT_MS - 1_000);
    socket.delta({ baseSeq: 1, seq: 1, lastUpdate: 1, changes: {} });
    jest.advanceTimersByTime(SILENCE_LIMIT_MS - 1_000);
    expect(socket.closedByClient).toBe(false);

    jest.advanceTimersByTime(1_000);
    expect(socket.closedByClient).toBe(true);
    jest.advanceTimersByTime(longestWait(1));
    expect(server.sockets.length).toBe(2);
  });

  it('reconnects at once when the browser is back online', () => {
    connect(1);
    server.latest.serverCloses();

    window.dispatchEvent(new Event('offline'));
    expect(connection.state()).toBe('offline');
    window.dispatchEvent(new Event('online'));

    expect(server.sockets.length).toBe(2);
  });

  it('closes the socket and stays closed when stopped', () => {
    const socket = connect(1);

    live.stop();
    jest.advanceTimersByTime(MAX_RECONNECT_DELAY_MS * 2);

    expect(socket.closedByClient).toBe(true);
    expect(server.sockets.length).toBe(1);
    expect(live.socketStatus()).toBe('idle');
  });
});
