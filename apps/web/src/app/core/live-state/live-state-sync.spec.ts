import { StateDelta } from '@pulse/contracts';
import { emptyState, nodeFixture, vmFixture } from '../../testing/state-fixtures';
import { EMPTY_SYNC, receive, SyncState } from './live-state-sync';

const delta = (baseSeq: number, seq: number, changes: StateDelta['changes'] = {}): StateDelta => ({
  baseSeq,
  seq,
  changes,
  lastUpdate: seq * 1000,
});

describe('receive', () => {
  const start: SyncState = {
    state: emptyState({ nodes: [nodeFixture()] }),
    seq: 5,
    awaitingFull: false,
  };

  it('takes a whole state with its sequence number', () => {
    const state = emptyState({ vms: [vmFixture(100, 'web')] });

    const { sync, resync } = receive(EMPTY_SYNC, { type: 'initialState', seq: 3, data: state });

    expect(sync).toEqual({ state, seq: 3, awaitingFull: false });
    expect(resync).toBe(false);
  });

  it('applies a delta that continues the current sequence', () => {
    const vm = vmFixture(100, 'web');

    const { sync } = receive(start, {
      type: 'stateDelta',
      data: delta(5, 6, {
        vms: { upserted: [vm], removed: [] },
        nodes: { upserted: [], removed: ['lab-pve1'] },
      }),
    });

    expect(sync.seq).toBe(6);
    expect(sync.state?.vms).toEqual([vm]);
    expect(sync.state?.nodes).toEqual([]);
    expect(sync.state?.lastUpdate).toBe(6000);
  });

  it('ignores a delta it already has', () => {
    const outcome = receive(start, { type: 'stateDelta', data: delta(3, 4) });

    expect(outcome.sync).toBe(start);
    expect(outcome.resync).toBe(false);
  });

  it('asks once for the whole state after a gap and keeps the copy meanwhile', () => {
    const first = receive(start, { type: 'stateDelta', data: delta(7, 8) });
    const second = receive(first.sync, { type: 'stateDelta', data: delta(8, 9) });

    expect(first.resync).toBe(true);
    expect(first.sync).toMatchObject({ state: start.state, seq: 5, awaitingFull: true });
    expect(second.resync).toBe(false);
    expect(second.sync.seq).toBe(5);
  });

  it('treats a delta before any whole state as a gap', () => {
    const outcome = receive(EMPTY_SYNC, { type: 'stateDelta', data: delta(0, 1) });

    expect(outcome.resync).toBe(true);
    expect(outcome.sync.state).toBeNull();
  });

  it('ends the wait with the next whole state', () => {
    const waiting = receive(start, { type: 'stateDelta', data: delta(7, 8) }).sync;
    const fresh = emptyState();

    const { sync } = receive(waiting, { type: 'rawData', seq: 9, data: fresh });

    expect(sync).toEqual({ state: fresh, seq: 9, awaitingFull: false });
  });

  it('leaves the state alone for other messages', () => {
    const outcome = receive(start, { type: 'ping', data: { timestamp: 1 } });

    expect(outcome.sync).toBe(start);
  });
});
