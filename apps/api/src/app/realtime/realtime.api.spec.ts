import type { VM } from '@pulse/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { StateStore } from '../state/state-store.service';
import { RealtimeHub } from './realtime-hub.service';
import { UpgradeGate } from './upgrade-gate.service';
import { RealtimeTuningModule } from './testing/realtime-tuning.module';
import { wsClientPool } from './testing/ws-client-pool';
import { waitSoon, WsTestClient, wsUrl } from './testing/ws-test-client';

const TUNING = {
  flushIntervalMs: 100,
  idleStateMs: 600,
  pingIntervalMs: 200,
  deadPeerMs: 1_500,
  housekeepingMs: 50,
};

function vm(id: string, cpu = 0.1): VM {
  return { id, vmid: Number(id.split('-').pop()), name: id, node: 'pve1', cpu } as VM;
}

async function startListening(env: Record<string, string> = {}): Promise<TestApp> {
  const testApp = await startTestApp({ env, imports: [RealtimeTuningModule.with(TUNING)] });
  await testApp.app.listen(0, '127.0.0.1');

  return testApp;
}

describe('WebSocket /ws', () => {
  let testApp: TestApp;
  let store: StateStore;
  let url: string;
  const { connect, closeAll } = wsClientPool(() => testApp);

  beforeAll(async () => {
    testApp = await startListening();
    store = testApp.app.get(StateStore);
    url = wsUrl(testApp.server);
  });

  afterEach(closeAll);

  afterAll(async () => {
    await testApp?.close();
  });

  describe('the original protocol', () => {
    it('sends welcome, then the whole state, then the state after each change', async () => {
      store.apply({ source: 'pve:a', at: 1_000, collections: { vms: [vm('a-1')] } });
      const client = await connect();
      const welcome = await client.next('welcome');
      const initial = await client.next('initialState');

      expect(client.messages[0]).toEqual(welcome);
      expect(client.messages[1]).toEqual(initial);
      expect(welcome).toEqual({
        type: 'welcome',
        data: { message: 'Connected to Pulse WebSocket' },
      });
      const http = await request(testApp.server).get('/api/state').expect(200);
      expect(initial.data).toEqual(http.body);
      expect(initial.seq).toBe(store.seq);

      store.apply({ source: 'pve:a', at: 2_000, collections: { vms: [vm('a-1'), vm('a-2')] } });
      const raw = await client.next('rawData', (m) => m.data.vms.length === 2);

      expect(raw.seq).toBe(store.seq);
      expect(raw.data).toEqual(JSON.parse(store.serialized().body.toString()));
      expect(raw.data.lastUpdate).toBe(2_000);
    });

    it('merges a burst of changes into one state message', async () => {
      const client = await connect();
      await client.next('initialState');
      const before = client.ofType('rawData').length;
      for (let i = 0; i < 30; i += 1) {
        store.apply({ source: 'pve:burst', at: 5_000 + i, collections: { vms: [vm(`b-${i}`)] } });
      }
      const last = await client.next('rawData', (m) => m.seq === store.seq);

      expect(last.data.vms.map((item: VM) => item.id)).toContain('b-29');
      expect(client.ofType('rawData').length - before).toBeLessThanOrEqual(2);
    });

    it('answers ping with pong and requestData or resync with the whole state', async () => {
      const client = await connect();
      await client.next('initialState');
      client.send({ type: 'ping', data: { timestamp: Date.now() } });
      const pong = await client.next('pong');

      expect(Math.abs(pong.data.timestamp - Date.now() / 1000)).toBeLessThan(5);
      client.send({ type: 'requestData' });
      const raw = await client.next('rawData');
      expect(raw.data).toEqual(store.snapshot());
      expect(raw.seq).toBe(store.seq);
      client.send({ type: 'resync' });
      await client.next('rawData');
    });

    it('ignores malformed JSON, unknown types and binary frames; stays connected', async () => {
      const client = await connect();
      await client.next('initialState');
      client.send('{not json');
      client.send('[1,2]');
      client.send({ type: 'somethingElse', data: 1 });
      client.send({ type: 'pong' });
      client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
      client.send({ type: 'ping' });

      await client.next('pong');
      expect(client.closeEvent).toBeUndefined();
      const ignored = testApp.logs.find((e) => /Ignored a WebSocket message/.test(String(e.msg)));
      expect(ignored.length).toBeGreaterThanOrEqual(3);
    });

    it('sends ping messages, protocol pings, and the state to idle clients', async () => {
      const client = await connect();
      let framePings = 0;
      client.socket.on('ping', () => (framePings += 1));
      await client.next('initialState');
      const ping = await client.next('ping');

      expect(Math.abs(ping.data.timestamp - Date.now() / 1000)).toBeLessThan(5);
      await waitSoon('a protocol ping frame', () => framePings > 0);
      const idle = await client.next('rawData');
      expect(idle.data).toEqual(store.snapshot());
    });

    it('closes the connection of a client that sends a message above 64 KiB', async () => {
      const client = await connect();
      await client.next('initialState');
      client.send({ type: 'ping', data: 'x'.repeat(70 * 1024) });

      await waitSoon('the connection to close', () => client.closeEvent);
      expect(client.closeEvent?.code).toBe(1009);
    });

    it('cuts off a client that answers no protocol ping', async () => {
      const hub = testApp.app.get(RealtimeHub);
      const silent = await connect('/ws', {}, { autoPong: false });
      const live = await connect();

      await waitSoon('the silent client to be cut off', () => silent.closeEvent, 8_000);
      expect(silent.closeEvent?.code).toBe(1006);
      expect(live.closeEvent).toBeUndefined();
      await waitSoon('the hub to forget the silent client', () => hub.clientCount === 1);
    });
  });

  describe('events', () => {
    it('broadcasts one message to every client, with a timestamp when asked', async () => {
      const [first, second] = [await connect(), await connect()];
      const sent = testApp.app
        .get(RealtimeHub)
        .broadcast('settingsUpdate', { theme: 'dark' }, { timestamp: true });

      expect(sent).toBe(2);
      for (const client of [first, second]) {
        const event = await client.next('settingsUpdate');
        expect(event.data).toEqual({ theme: 'dark' });
        expect(new Date(event.timestamp as string).toISOString()).toBe(event.timestamp);
      }
    });

    it('counts clients and messages in the metrics', async () => {
      await connect();
      await connect();
      const metrics = await request(testApp.server).get('/api/metrics').expect(200);

      expect(metrics.text).toMatch(/^pulse_websocket_clients 2$/m);
      expect(metrics.text).toMatch(/^pulse_websocket_messages_sent_total\{type="welcome"\} \d+/m);
      expect(metrics.text).toMatch(/^pulse_websocket_bytes_sent_total [1-9]\d*/m);
    });
  });

  describe('the handshake', () => {
    it('refuses a foreign origin with 403 and counts it', async () => {
      const status = await WsTestClient.refusal(url, { Origin: 'https://evil.example.com' });

      expect(status).toBe(403);
      const metrics = await request(testApp.server).get('/api/metrics').expect(200);
      expect(metrics.text).toMatch(/pulse_websocket_upgrades_rejected_total\{status="403"\} 1/);
    });

    it('accepts the same origin, private origins and clients without an Origin', async () => {
      const { port } = testApp.server.address() as { port: number };
      for (const origin of [`http://127.0.0.1:${port}`, 'http://192.168.1.20:8080', undefined]) {
        const client = await connect('/ws', origin ? { Origin: origin } : {});

        await client.next('welcome');
      }
    });

    it('answers a plain GET /ws with 400 and an upgrade elsewhere with 404', async () => {
      const plain = await request(testApp.server).get('/ws').expect(400);

      expect(plain.body.error).toBe('WebSocket upgrade required');
      expect(await WsTestClient.refusal(wsUrl(testApp.server, '/elsewhere'))).toBe(404);
    });

    it('asks the guards other features add before the origin check', async () => {
      const guarded = await startListening();
      try {
        guarded.app
          .get(UpgradeGate)
          .addGuard((request) =>
            request.headers['x-api-token'] === 'letmein'
              ? { allowed: true }
              : { allowed: false, status: 401, error: 'Authentication required' },
          );
        const refused = await WsTestClient.refusalResponse(wsUrl(guarded.server));

        expect(refused).toEqual({
          status: 401,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Authentication required' }),
        });
        const allowed = await WsTestClient.connect(wsUrl(guarded.server), {
          'X-API-Token': 'letmein',
        });
        await allowed.next('initialState');
        await allowed.close();
      } finally {
        await guarded.close();
      }
    });

    it('only accepts ALLOWED_ORIGINS when the list is set', async () => {
      const strict = await startListening({ ALLOWED_ORIGINS: 'https://dash.example.com' });
      try {
        const strictUrl = wsUrl(strict.server);
        const refused = await WsTestClient.refusal(strictUrl, { Origin: 'http://192.168.1.20' });
        const allowed = await WsTestClient.connect(strictUrl, {
          Origin: 'https://dash.example.com',
        });

        expect(refused).toBe(403);
        await allowed.next('initialState');
        await allowed.close();
      } finally {
        await strict.close();
      }
    });
  });

  it('serves wss:// on an HTTPS server and takes the https origin as its own', async () => {
    const tls = join(__dirname, '../../test/fixtures/tls');
    const secure = await startListening({
      HTTPS_ENABLED: 'true',
      TLS_CERT_FILE: join(tls, 'localhost.crt'),
      TLS_KEY_FILE: join(tls, 'localhost.key'),
      ALLOWED_ORIGINS: 'https://dash.example.com',
    });
    try {
      const url = wsUrl(secure.server).replace(/^ws:/, 'wss:');
      const { port } = secure.server.address() as { port: number };
      const ca = readFileSync(join(tls, 'localhost.crt'));
      const client = await WsTestClient.connect(
        url,
        { Origin: `https://127.0.0.1:${port}` },
        { ca },
      );

      await client.next('initialState');
      await client.close();
    } finally {
      await secure.close();
    }
  });

  it('closes every client with 1001 when the application shuts down', async () => {
    const other = await startListening();
    const client = await WsTestClient.connect(wsUrl(other.server));
    await client.next('initialState');

    await other.close();
    await waitSoon('the close frame', () => client.closeEvent);
    expect(client.closeEvent).toEqual({ code: 1001, reason: 'Server shutting down' });
  });
});
