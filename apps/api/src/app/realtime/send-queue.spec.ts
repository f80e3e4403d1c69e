import type { StateDelta } from '@pulse/contracts';

import {
  deltaMessage,
  eventMessage,
  OutboundMessage,
  payloadOf,
  stateMessage,
} from './outbound-message';
import { serializeState } from '../state/serialized-state';
import { SendQueue } from './send-queue';

const LIMITS = { maxQueueBytes: 1_000, maxQueueMessages: 3 };

function delta(baseSeq: number, seq: number, changes: StateDelta['changes']): StateDelta {
  return { baseSeq, seq, changes, lastUpdate: seq * 1_000 };
}

function state(type: 'initialState' | 'rawData', seq: number): OutboundMessage {
  return stateMessage(type, seq, serializeState(seq, { seq }), seq);
}

function drain(queue: SendQueue): OutboundMessage[] {
  const out: OutboundMessage[] = [];
  for (let message = queue.shift(); message; message = queue.shift()) {
    out.push(message);
  }

  return out;
}

describe('SendQueue', () => {
  it('keeps events in order', () => {
    const queue = new SendQueue(LIMITS);
    const events = ['a', 'b', 'c'].map((type) => eventMessage(type, {}));

    expect(events.map((event) => queue.push(event))).toEqual(['queued', 'queued', 'queued']);
    expect(drain(queue).map((message) => message.type)).toEqual(['a', 'b', 'c']);
    expect(queue.length).toBe(0);
  });

  it('refuses events beyond the message limit and accepts them again once drained', () => {
    const queue = new SendQueue(LIMITS);
    for (const type of ['a', 'b', 'c']) {
      queue.push(eventMessage(type, {}));
    }

    expect(queue.push(eventMessage('d', {}))).toBe('dropped');
    expect(queue.length).toBe(3);
    queue.shift();
    expect(queue.push(eventMessage('e', {}))).toBe('queued');
    expect(drain(queue).map((message) => message.type)).toEqual(['b', 'c', 'e']);
  });

  it('refuses an event that would pass the byte limit', () => {
    const queue = new SendQueue(LIMITS);
    const big = eventMessage('big', 'x'.repeat(600));

    expect(queue.push(big)).toBe('queued');
    expect(payloadOf(big).length).toBeGreaterThan(500);
    expect(queue.push(eventMessage('big2', 'y'.repeat(600)))).toBe('dropped');
    expect(queue.push(eventMessage('small', 1))).toBe('queued');
  });

  it('does not count states and deltas against the event limits', () => {
    const queue = new SendQueue({ maxQueueBytes: 10, maxQueueMessages: 0 });

    expect(queue.push(state('rawData', 1))).toBe('queued');
    expect(queue.push(deltaMessage(delta(1, 2, {}), 2))).toBe('queued');
    expect(queue.length).toBe(2);
  });

  it('replaces a waiting rawData by a newer one, behind the events queued meanwhile', () => {
    const queue = new SendQueue(LIMITS);
    queue.push(state('rawData', 1));
    queue.push(eventMessage('alert', {}));

    expect(queue.push(state('rawData', 2))).toBe('coalesced');
    const out = drain(queue);
    expect(out.map((message) => message.type)).toEqual(['alert', 'rawData']);
    expect(out[1].version).toBe(2);
  });

  it('keeps a waiting initialState when a rawData follows', () => {
    const queue = new SendQueue(LIMITS);
    queue.push(state('initialState', 1));

    expect(queue.push(state('rawData', 2))).toBe('queued');
    expect(drain(queue).map((message) => message.type)).toEqual(['initialState', 'rawData']);
  });

  it('drops waiting deltas when a whole state comes', () => {
    const queue = new SendQueue(LIMITS);
    queue.push(deltaMessage(delta(0, 1, {}), 1));

    expect(queue.push(state('rawData', 2))).toBe('coalesced');
    expect(drain(queue).map((message) => message.type)).toEqual(['rawData']);
  });

  it('merges deltas into one that spans them all', () => {
    const queue = new SendQueue(LIMITS);
    const vm = (id: string, cpu: number) => ({ id, cpu }) as never;
    queue.push(deltaMessage(delta(0, 1, { vms: { upserted: [vm('a', 1)], removed: [] } }), 1));
    queue.push(eventMessage('alert', {}));

    const outcome = queue.push(
      deltaMessage(delta(1, 3, { vms: { upserted: [vm('b', 2)], removed: ['a'] } }), 3),
    );

    expect(outcome).toBe('coalesced');
    const out = drain(queue);
    expect(out.map((message) => message.type)).toEqual(['alert', 'stateDelta']);
    expect(out[1].version).toBe(3);
    expect(JSON.parse(payloadOf(out[1]).toString())).toEqual({
      type: 'stateDelta',
      data: {
        baseSeq: 0,
        seq: 3,
        lastUpdate: 3_000,
        changes: { vms: { upserted: [vm('b', 2)], removed: ['a'] } },
      },
    });
  });

  it('queues a delta that does not follow the waiting one instead of merging it', () => {
    const queue = new SendQueue(LIMITS);
    queue.push(deltaMessage(delta(0, 1, {}), 1));

    expect(queue.push(deltaMessage(delta(5, 6, {}), 6))).toBe('queued');
    expect(drain(queue).map((message) => message.delta?.seq)).toEqual([1, 6]);
  });
});
