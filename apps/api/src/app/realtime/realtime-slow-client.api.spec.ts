import request from 'supertest';
import type { Socket } from 'node:net';

import { startTestApp, TestApp } from '../../test/test-app';
import { StateStore } from '../state/state-store.service';
import { RealtimeHub } from './realtime-hub.service';
import { RealtimeTuningModule } from './testing/realtime-tuning.module';
import { waitSoon, WsTestClient, wsUrl } from './testing/ws-test-client';

jest.setTimeout(30_000);

const TUNING = {
  flushIntervalMs: 50,
  housekeepingMs: 50,
  highWaterBytes: 64 * 1024,
  maxQueueMessages: 8,
  maxQueueBytes: 4 * 1024 * 1024,
  maxLagMs: 1_000,
  closeGraceMs: 200,
};

/** Stops reading from the socket, as a client on a congested link or a frozen tab would. */
function stall(client: WsTestClient): void {
  (client.socket as unknown as { _socket: Socket })._socket.pause();
}

describe('WebSocket /ws with a slow client', () => {
  let testApp: TestApp;
  let hub: RealtimeHub;
  let store: StateStore;

  beforeEach(async () => {
    testApp = await startTestApp({ imports: [RealtimeTuningModule.with(TUNING)] });
    await testApp.app.listen(0, '127.0.0.1');
    hub = testApp.app.get(RealtimeHub);
    store = testApp.app.get(StateStore);
  });

  afterEach(async () => {
    await testApp.close();
  });

  it('keeps serving the others and disconnects a client whose events no longer fit', async () => {
    const slow = await WsTestClient.connect(wsUrl(testApp.server));
    const fast = await WsTestClient.connect(wsUrl(testApp.server));
    await fast.next('initialState');
    await slow.next('initialState');
    stall(slow);
    const payload = 'x'.repeat(256 * 1024);

    let sent = 0;
    await waitSoon(
      'the slow client to be dropped',
      () => {
        hub.broadcast('bulk', { n: sent, payload });
        sent += 1;

        return hub.clientCount === 1;
      },
      20_000,
    );
    await waitSoon('every event at the fast client', () => fast.ofType('bulk').length === sent);

    expect(fast.ofType('bulk').map((message) => message.data.n)).toEqual([...Array(sent).keys()]);
    expect(fast.closeEvent).toBeUndefined();
    const metrics = await request(testApp.server).get('/api/metrics').expect(200);
    expect(metrics.text).toMatch(/^pulse_websocket_client_drops_total\{reason="slow"\} 1$/m);
    expect(metrics.text).toMatch(/^pulse_websocket_messages_dropped_total\{type="bulk"\} [1-9]/m);
    await fast.close();
    await slow.close();
  });

  it('coalesces states for a lagging client and disconnects it when it stays behind', async () => {
    const vms = Array.from({ length: 4_000 }, (_, i) => ({ id: `vm-${i}`, name: 'x'.repeat(200) }));
    store.apply({ source: 'pve:big', at: 1, collections: { vms: vms as never } });
    const slow = await WsTestClient.connect(wsUrl(testApp.server));
    const fast = await WsTestClient.connect(wsUrl(testApp.server));
    await slow.next('initialState');
    await fast.next('initialState');
    stall(slow);

    let at = 2;
    const started = Date.now();
    await waitSoon(
      'the lagging client to be dropped',
      () => {
        store.apply({ source: 'pve:tick', at, collections: { vms: [{ id: `t-${at}` }] as never } });
        at += 1;

        return hub.clientCount === 1;
      },
      20_000,
    );
    const seq = store.seq;
    const latest = await fast.next('rawData', (message) => message.seq === seq);

    expect(Date.now() - started).toBeGreaterThanOrEqual(TUNING.maxLagMs);
    expect(latest.data.vms).toHaveLength(4_001);
    const metrics = await request(testApp.server).get('/api/metrics').expect(200);
    expect(metrics.text).toMatch(
      /^pulse_websocket_messages_coalesced_total\{type="rawData"\} [1-9]/m,
    );
    expect(metrics.text).toMatch(/^pulse_websocket_client_drops_total\{reason="slow"\} 1$/m);
    await fast.close();
    await slow.close();
  });
});
