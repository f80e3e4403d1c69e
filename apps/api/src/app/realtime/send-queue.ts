import { mergeDeltas, StateDelta } from '@pulse/contracts';

import { deltaMessage, OutboundMessage, payloadOf } from './outbound-message';

export type QueueOutcome = 'queued' | 'coalesced' | 'dropped';

export interface QueueLimits {
  maxQueueBytes: number;
  maxQueueMessages: number;
}

/**
 * Messages waiting for one slow client. Events keep their order within the limits; a newer
 * `rawData` replaces a waiting one, a state makes waiting deltas useless, and deltas merge
 * into one. So at most one state and one delta wait besides the bounded events.
 */
export class SendQueue {
  private readonly entries: OutboundMessage[] = [];
  private eventBytes = 0;
  private eventCount = 0;

  constructor(private readonly limits: QueueLimits) {}

  get length(): number {
    return this.entries.length;
  }

  push(message: OutboundMessage): QueueOutcome {
    if (message.kind === 'state') {
      return this.pushState(message);
    }
    if (message.kind === 'delta') {
      return this.pushDelta(message);
    }

    return this.pushEvent(message);
  }

  shift(): OutboundMessage | undefined {
    const message = this.entries.shift();
    if (message?.kind === 'event') {
      this.eventCount -= 1;
      this.eventBytes -= payloadOf(message).length;
    }

    return message;
  }

  private pushState(message: OutboundMessage): QueueOutcome {
    const replaced = this.remove(
      (entry) => entry.kind === 'delta' || (entry.kind === 'state' && entry.type === 'rawData'),
    );
    this.entries.push(message);

    return replaced ? 'coalesced' : 'queued';
  }

  private pushDelta(message: OutboundMessage): QueueOutcome {
    const index = this.lastDeltaIndex();
    if (index < 0) {
      this.entries.push(message);

      return 'queued';
    }
    const waiting = this.entries[index].delta as StateDelta;
    const newer = message.delta as StateDelta;
    if (newer.baseSeq > waiting.seq) {
      // Not mergeable (cannot happen with one feed); the client sees the gap and resyncs.
      this.entries.push(message);

      return 'queued';
    }
    const merged = mergeDeltas(waiting, newer);
    this.entries.splice(index, 1);
    this.entries.push(deltaMessage(merged, message.version ?? 0));

    return 'coalesced';
  }

  private pushEvent(message: OutboundMessage): QueueOutcome {
    const bytes = payloadOf(message).length;
    const { maxQueueBytes, maxQueueMessages } = this.limits;
    if (this.eventCount + 1 > maxQueueMessages || this.eventBytes + bytes > maxQueueBytes) {
      return 'dropped';
    }
    this.entries.push(message);
    this.eventCount += 1;
    this.eventBytes += bytes;

    return 'queued';
  }

  private lastDeltaIndex(): number {
    for (let i = this.entries.length - 1; i >= 0; i -= 1) {
      if (this.entries[i].kind === 'delta') {
        return i;
      }
    }

    return -1;
  }

  private remove(predicate: (entry: OutboundMessage) => boolean): boolean {
    const before = this.entries.length;
    const kept = this.entries.filter((entry) => !predicate(entry));
    this.entries.splice(0, before, ...kept);

    return kept.length < before;
  }
}
