import { Inject, Injectable, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import {
  PVE_BACKUP_COLLECTIONS,
  type StateDelta,
  type StateDeltaFields,
  type StateSnapshot,
} from '@pulse/contracts';
import { Observable, Subject, Subscription } from 'rxjs';

import { COLLECTION_NAMES } from '../state/state-collections';
import { SerializedState, StateStore } from '../state/state-store.service';
import { DeltaAccumulator } from './delta-accumulator';
import { deltaMessage, OutboundMessage, stateMessage } from './outbound-message';
import { DEFAULT_REALTIME_TUNING, REALTIME_TUNING, RealtimeTuning } from './realtime-tuning';

/** One flush: the state reached, as a whole state or as a delta, each encoded on demand. */
export interface StateUpdate {
  version: number;
  full(): OutboundMessage;
  delta(): OutboundMessage;
}

/** The three PVE backup collections sit inside `pveBackups`, not at the top level. */
const NESTED_COLLECTIONS: ReadonlySet<string> = new Set(PVE_BACKUP_COLLECTIONS);

/** Top-level keys a delta never carries whole: collections, and the two backup mirrors. */
const COLLECTION_KEYS: ReadonlySet<string> = new Set([
  ...COLLECTION_NAMES.filter((name) => !NESTED_COLLECTIONS.has(name)),
  'backups',
  'pveBackups',
]);

/**
 * Turns the store's changes into state messages for the hub: at most one flush per
 * interval, whole states serialized once per version, deltas built once per flush.
 * A version counts every distinct snapshot, including changes without a new `seq`
 * (active alerts).
 */
@Injectable()
export class StateFeed implements OnModuleInit, OnModuleDestroy {
  private readonly updateSubject = new Subject<StateUpdate>();
  private readonly accumulator = new DeltaAccumulator();
  private readonly flushIntervalMs: number;
  private subscription: Subscription | undefined;
  private active = false;
  private timer: NodeJS.Timeout | undefined;
  private lastFlushAt = 0;
  private version = 0;
  private versionedSnapshot: StateSnapshot | undefined;
  private flushed = {
    seq: 0,
    version: 0,
    alerts: undefined as unknown,
    fields: {} as StateDeltaFields,
  };
  private fullCache:
    | { serialized: SerializedState; messages: Map<string, OutboundMessage> }
    | undefined;
  private heartbeatCache: OutboundMessage | undefined;

  constructor(
    private readonly store: StateStore,
    @Optional() @Inject(REALTIME_TUNING) tuning?: Partial<RealtimeTuning>,
  ) {
    this.flushIntervalMs = { ...DEFAULT_REALTIME_TUNING, ...tuning }.flushIntervalMs;
  }

  get updates$(): Observable<StateUpdate> {
    return this.updateSubject.asObservable();
  }

  onModuleInit(): void {
    this.subscription = this.store.changes$.subscribe((change) => {
      // The whole-state messages of the old version go now, not at the next fullState().
      this.fullCache = undefined;
      if (this.active) {
        this.accumulator.add(change);
        this.schedule();
      }
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    this.stop();
  }

  /** Starts following the store (the first client connected). */
  start(): void {
    if (this.active) {
      return;
    }
    this.active = true;
    this.accumulator.take();
    this.markFlushed(this.store.snapshot());
  }

  /** Stops following the store (the last client left). */
  stop(): void {
    this.active = false;
    this.fullCache = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.accumulator.take();
  }

  /** The current state as a whole (`initialState`, `rawData`), shared by every client. */
  fullState(type: 'initialState' | 'rawData'): OutboundMessage {
    const serialized = this.store.serialized();
    const version = this.currentVersion();
    if (this.fullCache?.serialized !== serialized) {
      this.fullCache = { serialized, messages: new Map() };
    }
    let message = this.fullCache.messages.get(type);
    if (!message) {
      message = stateMessage(type, serialized.seq, serialized, version);
      this.fullCache.messages.set(type, message);
    }

    return message;
  }

  /** An empty delta at the last flushed sequence number: tells an idle client it is current. */
  heartbeat(): OutboundMessage {
    const { seq, version, fields } = this.flushed;
    this.heartbeatCache ??= deltaMessage(
      { ...fields, seq, baseSeq: seq, changes: {}, lastUpdate: fields.lastUpdate ?? 0 },
      version,
    );

    return this.heartbeatCache;
  }

  /** Flushes if the state moved without a change event (e.g. active alerts replaced). */
  poll(): void {
    if (this.active && !this.timer && this.currentVersion() !== this.flushed.version) {
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.timer) {
      return;
    }
    const wait = Math.max(0, this.lastFlushAt + this.flushIntervalMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref();
  }

  private flush(): void {
    this.timer = undefined;
    this.lastFlushAt = Date.now();
    const changes = this.accumulator.take();
    const baseSeq = this.flushed.seq;
    const snapshot = this.store.snapshot();
    if (this.currentVersion() === this.flushed.version) {
      return;
    }
    const withAlerts = snapshot.activeAlerts !== this.flushed.alerts;
    const version = this.markFlushed(snapshot);
    const { fields, seq } = this.flushed;
    const alerts = withAlerts ? { activeAlerts: snapshot.activeAlerts } : {};
    const delta: StateDelta = {
      ...fields,
      ...alerts,
      seq,
      baseSeq,
      changes,
      lastUpdate: snapshot.lastUpdate,
    };
    let deltaCache: OutboundMessage | undefined;
    this.updateSubject.next({
      version,
      full: () => this.fullState('rawData'),
      delta: () => (deltaCache ??= deltaMessage(delta, version)),
    });
  }

  private markFlushed(snapshot: StateSnapshot): number {
    const version = this.currentVersion();
    this.flushed = {
      seq: this.store.seq,
      version,
      alerts: snapshot.activeAlerts,
      fields: wholeFields(snapshot),
    };
    this.heartbeatCache = undefined;

    return version;
  }

  private currentVersion(): number {
    const snapshot = this.store.snapshot();
    if (snapshot !== this.versionedSnapshot) {
      this.versionedSnapshot = snapshot;
      this.version += 1;
    }

    return this.version;
  }
}

/** The top-level values a delta replaces whole; active alerts only travel when they change. */
function wholeFields(snapshot: StateSnapshot): StateDeltaFields {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (!COLLECTION_KEYS.has(key) && key !== 'activeAlerts') {
      fields[key] = value;
    }
  }

  return fields as StateDeltaFields;
}
