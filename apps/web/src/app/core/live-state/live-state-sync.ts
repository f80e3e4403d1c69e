import { applyDelta, checkDeltaSeq, StateSnapshot, WsServerMessage } from '@pulse/contracts';

/** What the client holds: the state, its sequence number, and whether it asked for a copy. */
export interface SyncState {
  state: StateSnapshot | null;
  seq: number | null;
  awaitingFull: boolean;
}

export interface SyncOutcome {
  sync: SyncState;
  /** True when the client must ask the server for the whole state again. */
  resync: boolean;
}

export const EMPTY_SYNC: SyncState = { state: null, seq: null, awaitingFull: false };

/**
 * Folds one server message into the client's copy of the state. Whole states replace it;
 * deltas apply when their range covers the current sequence number. A delta that starts
 * after it, or arrives before any whole state, means something was missed: the copy is
 * kept as it is and one resync is requested until a whole state arrives.
 */
export function receive(sync: SyncState, message: WsServerMessage): SyncOutcome {
  switch (message.type) {
    case 'initialState':
    case 'rawData':
      return {
        sync: { state: message.data, seq: message.seq ?? null, awaitingFull: false },
        resync: false,
      };
    case 'stateDelta':
      return receiveDelta(sync, message.data);
    default:
      return { sync, resync: false };
  }
}

function receiveDelta(
  sync: SyncState,
  delta: Extract<WsServerMessage, { type: 'stateDelta' }>['data'],
): SyncOutcome {
  const verdict = sync.state && sync.seq !== null ? checkDeltaSeq(sync.seq, delta) : 'gap';
  if (verdict === 'apply' && sync.state) {
    const state = applyDelta(sync.state, delta);

    return { sync: { state, seq: delta.seq, awaitingFull: false }, resync: false };
  }

  if (verdict === 'stale' || sync.awaitingFull) {
    return { sync, resync: false };
  }

  return { sync: { ...sync, awaitingFull: true }, resync: true };
}
