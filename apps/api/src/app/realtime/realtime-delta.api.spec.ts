import { applyDelta, checkDeltaSeq, StateAlert, StateDelta, StateSnapshot } from '@pulse/contracts';
import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { StateBatch } from '../state/state-collections';
import { StateStore } from '../state/state-store.service';
import { RealtimeTuningModule } from './testing/realtime-tuning.module';
import { wsClientPool } from './testing/ws-client-pool';
import { Envelope, WsTestClient } from './testing/ws-test-client';

const TUNING = { flushIntervalMs: 100, idleStateMs: 400, housekeepingMs: 50 };

const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, ...extra });

/** Collections may come in another order after deltas (see `applyDelta`); sort them by id. */
function byId(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(byId);
    const keyed = items.every((entry) => typeof (entry as { id?: unknown })?.id === 'string');

    return keyed
      ? [...items].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1))
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, byId(entry)]));
  }

  return value;
}

/** A delta client as the docs describe it: apply, skip stale, resync on a gap. */
class DeltaReplica {
  state: StateSnapshot | undefined;
  seq = -1;
  applied = 0;
  gaps = 0;
  private read = 0;

  constructor(readonly client: WsTestClient) {}

  /** Applies every message received so far. */
  catchUp(): void {
    const { messages } = this.client;
    for (; this.read < messages.length; this.read += 1) {
      this.take(messages[this.read]);
    }
  }

  private take(message: Envelope): void {
    if (message.type === 'initialState' || message.type === 'rawData') {
      this.state = message.data;
      this.seq = message.seq as number;
    } else if (message.type === 'stateDelta' && this.state) {
      const delta = message.data as StateDelta;
      const verdict = checkDeltaSeq(this.seq, delta);
      if (verdict === 'gap') {
        this.gaps += 1;
        this.client.send({ type: 'resync' });
      } else if (verdict === 'apply') {
        this.state = applyDelta(this.state, delta);
        this.seq = delta.seq;
        this.applied += 1;
      }
    }
  }
}

describe('WebSocket /ws in delta mode', () => {
  let testApp: TestApp;
  let store: StateStore;
  const { connect, closeAll } = wsClientPool(() => testApp);
  const apply = (batch: Omit<StateBatch, 'at'>) => store.apply({ at: Date.now(), ...batch });

  beforeAll(async () => {
    testApp = await startTestApp({ imports: [RealtimeTuningModule.with(TUNING)] });
    await testApp.app.listen(0, '127.0.0.1');
    store = testApp.app.get(StateStore);
  });

  afterEach(closeAll);

  afterAll(async () => {
    await testApp?.close();
  });

  it('rebuilds exactly the state of GET /api/state from deltas, removals included', async () => {
    apply({
      source: 'pve:a',
      collections: {
        nodes: [item('pve-a-n1')],
        vms: [item('a-1', { cpu: 0.1 }), item('a-2')],
        storage: [item('a-s1')],
        backupTasks: [item('a-t1')],
      } as never,
      connectionHealth: { 'pve-a': true },
    });
    apply({
      source: 'pbs:b',
      collections: { pbs: [item('b')], pbsBackups: [item('b-1'), item('b-2')] } as never,
      connectionHealth: { 'pbs-b': true },
    });
    const client = await connect('/ws?delta=1');
    const replica = new DeltaReplica(client);
    await client.next('initialState');
    const seenDeltas: StateDelta[] = [];
    const step = async (change: () => void, done: (delta: StateDelta) => boolean) => {
      change();
      const message = await client.next('stateDelta', (m) => done(m.data));
      seenDeltas.push(message.data);
      replica.catchUp();
    };

    await step(
      () =>
        apply({
          source: 'pve:a',
          collections: {
            vms: [item('a-1', { cpu: 0.9 }), item('a-3')],
            containers: [item('a-ct1')],
          } as never,
        }),
      (delta) => delta.seq === store.seq,
    );
    expect(seenDeltas[0].changes).toEqual({
      vms: { upserted: [item('a-1', { cpu: 0.9 }), item('a-3')], removed: ['a-2'] },
      containers: { upserted: [item('a-ct1')], removed: [] },
    });

    await step(
      () =>
        apply({
          source: 'pbs:b',
          collections: { pbsBackups: [item('b-2'), item('b-3')] } as never,
          connectionHealth: { 'pbs-b': false },
        }),
      (delta) => delta.seq === store.seq,
    );
    expect(seenDeltas[1].changes).toEqual({
      pbsBackups: { upserted: [item('b-3')], removed: ['b-1'] },
    });
    expect(seenDeltas[1].connectionHealth).toEqual({ 'pve-a': true, 'pbs-b': false });

    await step(
      () => store.removeSource('pve:a'),
      (delta) => delta.seq === store.seq,
    );
    expect(seenDeltas[2].changes.vms?.removed.sort()).toEqual(['a-1', 'a-3']);
    expect(seenDeltas[2].changes.backupTasks).toEqual({ upserted: [], removed: ['a-t1'] });

    await step(
      () => {
        apply({ source: 'pve:c', collections: { vms: [item('c-9')] } as never });
        apply({ source: 'pve:c', collections: { guestSnapshots: [item('c-g1')] } as never });
      },
      (delta) => delta.seq === store.seq,
    );

    const alert = { id: 'c-9-cpu', type: 'cpu', level: 'warning' } as StateAlert;
    await step(
      () => store.setActiveAlerts([alert]),
      (delta) => delta.activeAlerts !== undefined,
    );
    expect(seenDeltas[4].seq).toBe(seenDeltas[3].seq);
    expect(seenDeltas[4].changes).toEqual({});

    const http = await request(testApp.server).get('/api/state').expect(200);
    expect(replica.gaps).toBe(0);
    expect(replica.applied).toBeGreaterThanOrEqual(5);
    expect(replica.seq).toBe(store.seq);
    expect(byId(replica.state)).toEqual(byId(http.body));
    expect(client.ofType('rawData')).toEqual([]);
  });

  it('switches to deltas on a subscribe message and back to whole states', async () => {
    const client = await connect('/ws');
    await client.next('initialState');
    client.send({ type: 'subscribe', data: { mode: 'delta' } });
    const restart = await client.next('initialState');

    expect(restart.seq).toBe(store.seq);
    apply({ source: 'pve:sub', collections: { vms: [item('sub-1')] } as never });
    const delta = await client.next('stateDelta', (m) => m.data.seq === store.seq);
    expect(delta.data.baseSeq).toBeLessThanOrEqual(restart.seq as number);
    expect(delta.data.changes.vms.upserted).toEqual([item('sub-1')]);

    client.send({ type: 'subscribe', data: { mode: 'full' } });
    await client.next('initialState');
    apply({ source: 'pve:sub', collections: { vms: [item('sub-2')] } as never });
    const raw = await client.next('rawData', (m) => m.seq === store.seq);
    expect(raw.data.vms.map((vm: { id: string }) => vm.id)).toContain('sub-2');
  });

  it('ignores a subscribe message without a known mode', async () => {
    const client = await connect('/ws?protocol=delta');
    await client.next('initialState');
    client.send({ type: 'subscribe', data: { mode: 'binary' } });
    client.send({ type: 'ping' });
    await client.next('pong');
    apply({ source: 'pve:mode', collections: { vms: [item('mode-1')] } as never });

    await client.next('stateDelta', (m) => m.data.seq === store.seq);
    expect(client.ofType('initialState')).toHaveLength(1);
  });

  it('answers resync with the whole state and carries on with deltas from there', async () => {
    const client = await connect('/ws?delta=true');
    const replica = new DeltaReplica(client);
    await client.next('initialState');
    client.send({ type: 'resync' });
    const raw = await client.next('rawData');

    expect(raw.seq).toBe(store.seq);
    apply({ source: 'pve:resync', collections: { vms: [item('r-1')] } as never });
    await client.next('stateDelta', (m) => m.data.seq === store.seq);
    replica.catchUp();
    const http = await request(testApp.server).get('/api/state').expect(200);
    expect(byId(replica.state)).toEqual(byId(http.body));
  });

  it('tells an idle delta client that it is current with an empty delta', async () => {
    const client = await connect('/ws?delta=1');
    const initial = await client.next('initialState');
    const beat = await client.next('stateDelta');

    expect(beat.data.seq).toBe(initial.seq);
    expect(beat.data.baseSeq).toBe(initial.seq);
    expect(beat.data.changes).toEqual({});
  });

  it('merges a burst of batches into few deltas that never leave a gap', async () => {
    const client = await connect('/ws?delta=1');
    const replica = new DeltaReplica(client);
    await client.next('initialState');
    for (let i = 0; i < 40; i += 1) {
      apply({ source: 'pve:burst', collections: { vms: [item(`burst-${i}`)] } as never });
    }
    await client.next('stateDelta', (m) => m.data.seq === store.seq);
    const deltas = client.ofType('stateDelta').filter((m) => m.data.changes.vms);
    replica.catchUp();

    expect(deltas.length).toBeLessThanOrEqual(3);
    expect(replica.gaps).toBe(0);
    const ids = replica.state?.vms.map((vm) => vm.id) ?? [];
    expect(ids.filter((id) => id.startsWith('burst-'))).toEqual(['burst-39']);
  });
});
