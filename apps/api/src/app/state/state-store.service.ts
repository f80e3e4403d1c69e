import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { StateAlert, StateSnapshot, ZfsPool } from '@pulse/contracts';
import { Observable, Subject } from 'rxjs';

import { PulseConfig } from '../../services/config/pulse-config';
import { SerializedState, serializeState } from './serialized-state';
import { SourceState } from './source-state';
import {
  COLLECTION_NAMES,
  CollectionChange,
  CollectionItem,
  CollectionName,
  StateBatch,
  StateChange,
  StateCollections,
} from './state-collections';
import { buildSnapshot } from './state-snapshot';

export type { SerializedState } from './serialized-state';

/** After a change, the bytes are made ahead of time for readers seen within this window. */
export const PREPARE_WINDOW_MS = 60_000;
/** The batches of one poll cycle come in a burst: serialize once it is over. */
export const PREPARE_DELAY_MS = 100;

/** Who asked for the serialized state, and when (ms), so the next version is made ahead. */
interface Demand {
  body: number;
  gzip: number;
}

/**
 * The live state: what every source (polled instance, agent) contributes, in memory. Writers
 * apply whole batches; readers get snapshots, cached bytes and a stream of changes.
 */
@Injectable()
export class StateStore implements OnApplicationShutdown {
  private readonly sources = new Map<string, SourceState>();
  private readonly changesSubject = new Subject<StateChange>();
  private activeAlerts: StateAlert[] = [];
  private seqCounter = 0;
  private lastUpdate = 0;
  private snapshotCache: StateSnapshot | undefined;
  private serializedCache: SerializedState | undefined;
  private readonly demand: Demand = { body: -Infinity, gzip: -Infinity };
  private prepareTimer: NodeJS.Timeout | undefined;

  constructor(private readonly config: PulseConfig) {}

  /** Every applied change, in order. */
  get changes$(): Observable<StateChange> {
    return this.changesSubject.asObservable();
  }

  get seq(): number {
    return this.seqCounter;
  }

  /** Applies one batch; answers the change it made, or `undefined` when nothing changed. */
  apply(batch: StateBatch): StateChange | undefined {
    const source = this.sourceFor(batch.source);
    const collections: Partial<Record<CollectionName, CollectionChange>> = {};
    for (const name of COLLECTION_NAMES) {
      const items = batch.collections[name];
      const change = items && source.replace(name, items);
      if (change) {
        collections[name] = change;
      }
    }
    if (batch.zfsPools) {
      source.replaceZfsPools(batch.zfsPools);
    }
    const health = this.updateHealth(source, batch.connectionHealth);

    return this.emit(batch.source, batch.at, collections, health);
  }

  /** Drops everything a source contributed (an instance deleted, an agent removed). */
  removeSource(key: string, at = Date.now()): StateChange | undefined {
    const source = this.sources.get(key);
    if (!source) {
      return undefined;
    }
    this.sources.delete(key);
    const health = Object.keys(source.connectionHealth).length ? {} : undefined;

    return this.emit(key, at, source.removals(), health);
  }

  setActiveAlerts(alerts: StateAlert[]): void {
    this.activeAlerts = alerts;
    this.invalidate();
  }

  snapshot(): StateSnapshot {
    this.snapshotCache ??= buildSnapshot({
      collect: (name) => this.collect(name),
      connectionHealth: this.connectionHealth(),
      activeAlerts: this.activeAlerts,
      lastUpdate: this.lastUpdate,
      temperatureMonitoringEnabled: this.config.polling.temperatureMonitoring,
    });

    return this.snapshotCache;
  }

  /**
   * The state as bytes, made once per version. A reader that asks here gets the next versions
   * made ahead, right after each change, so its requests do not pay the serialization (nor the
   * gzip, when it asked for that) as long as it keeps asking.
   */
  serialized(options: { gzip?: boolean } = {}): SerializedState {
    const now = Date.now();
    this.demand.body = now;
    if (options.gzip) {
      this.demand.gzip = now;
    }

    return this.serializedNow();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.prepareTimer);
    this.prepareTimer = undefined;
  }

  /** The items of one collection across all sources, in source order. */
  collect<K extends CollectionName>(name: K): StateCollections[K] {
    const sources = [...this.sources.values()];

    return sources.flatMap(
      (source) => source.items(name) as CollectionItem[],
    ) as StateCollections[K];
  }

  /** The latest ZFS pool read for a `zfspool` storage (not part of `/api/state`). */
  zfsPool(storageId: string): ZfsPool | undefined {
    for (const source of this.sources.values()) {
      const pool = source.zfsPool(storageId);
      if (pool) {
        return pool;
      }
    }

    return undefined;
  }

  private connectionHealth(): Record<string, boolean> {
    return Object.assign({}, ...[...this.sources.values()].map((s) => s.connectionHealth));
  }

  private sourceFor(key: string): SourceState {
    let source = this.sources.get(key);
    if (!source) {
      source = new SourceState();
      this.sources.set(key, source);
    }

    return source;
  }

  private updateHealth(source: SourceState, health: Record<string, boolean> | undefined) {
    if (!health || JSON.stringify(health) === JSON.stringify(source.connectionHealth)) {
      return undefined;
    }
    source.connectionHealth = { ...health };

    return source.connectionHealth;
  }

  private emit(
    source: string,
    at: number,
    collections: Partial<Record<CollectionName, CollectionChange>>,
    connectionHealth: Record<string, boolean> | undefined,
  ): StateChange | undefined {
    if (!Object.keys(collections).length && !connectionHealth) {
      return undefined;
    }
    this.seqCounter += 1;
    this.lastUpdate = Math.max(this.lastUpdate, at);
    this.invalidate();
    const change = { seq: this.seqCounter, source, at, collections, connectionHealth };
    this.changesSubject.next(change);

    return change;
  }

  private invalidate(): void {
    this.snapshotCache = undefined;
    this.serializedCache = undefined;
    this.prepareSoon();
  }

  private serializedNow(): SerializedState {
    this.serializedCache ??= serializeState(this.seqCounter, this.snapshot());

    return this.serializedCache;
  }

  private prepareSoon(): void {
    if (this.prepareTimer || Date.now() - this.demand.body > PREPARE_WINDOW_MS) {
      return;
    }
    this.prepareTimer = setTimeout(() => {
      this.prepareTimer = undefined;
      const state = this.serializedNow();
      if (Date.now() - this.demand.gzip <= PREPARE_WINDOW_MS) {
        state.gzip();
      }
    }, PREPARE_DELAY_MS);
    this.prepareTimer.unref();
  }
}
