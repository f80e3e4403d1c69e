import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Subscription } from 'rxjs';

import { StateChange } from '../../state/state-collections';
import { StateStore } from '../../state/state-store.service';
import { METRIC_KINDS, MetricKind, readSamples } from '../metric-kinds';
import { RawPoint } from '../storage/history.repository';
import { MetricsDatabase } from '../storage/metrics-database.service';
import { MemoryHistory } from './memory-history';

/** A series of a source as last seen, with its current values. */
interface TrackedSeries {
  kind: MetricKind;
  sid: number;
  values: number[];
}

/** The series each item of one source produced, by `<collection>:<item id>`. */
type SourceSeries = Map<string, TrackedSeries[]>;

const TOUCH_EVERY_SEC = 3_600;

/**
 * Records a point for every series of a source each time that source's batch changes the
 * state. The store only sends items that changed, so the recorder keeps the last values of
 * every series per source, updated from upserts and removals; each batch then records all of
 * the source's series (changed or not) at the batch's time. That costs one array per series and
 * never rescans the whole state. Writes to metrics.db are queued and flushed in one transaction
 * per batch right after the store's emit returns.
 */
@Injectable()
export class HistoryRecorder implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(HistoryRecorder.name);
  private readonly sources = new Map<string, SourceSeries>();
  private readonly lastTouched = new Map<number, number>();
  private readonly kindsByCollection = new Map<string, MetricKind>();
  private pending: RawPoint[] = [];
  private flushQueued = false;
  private subscription: Subscription | undefined;

  constructor(
    private readonly store: StateStore,
    private readonly database: MetricsDatabase,
    private readonly memory: MemoryHistory,
  ) {
    for (const kind of METRIC_KINDS) {
      kind.collections.forEach((name) => this.kindsByCollection.set(name, kind));
    }
  }

  onModuleInit(): void {
    this.subscription = this.store.changes$.subscribe((change) => this.handleSafely(change));
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    this.flush();
  }

  /** A failure here must not reach the store's emit (rxjs would rethrow it asynchronously). */
  private handleSafely(change: StateChange): void {
    try {
      this.handle(change);
    } catch (error) {
      this.logger.warn(`Could not record history of ${change.source}: ${String(error)}`);
    }
  }

  /** Applies one state change and records the source's series at its time. */
  handle(change: StateChange): void {
    const names = Object.keys(change.collections).filter((name) =>
      this.kindsByCollection.has(name),
    );
    if (!names.length) {
      return;
    }
    const timeSec = Math.floor(change.at / 1000);
    const source = this.sources.get(change.source) ?? new Map<string, TrackedSeries[]>();
    this.sources.set(change.source, source);
    this.database.repository.db.transaction(() => {
      for (const name of names) {
        this.track(source, name, change, timeSec);
      }
    })();
    this.record(source, timeSec);
    if (!source.size) {
      this.sources.delete(change.source);
    }
  }

  /** Writes queued points now (also done automatically after each batch). */
  flush(): void {
    this.flushQueued = false;
    const points = this.pending;
    this.pending = [];
    if (!points.length) {
      return;
    }
    try {
      this.database.repository.writeRaw(points);
      this.touchSeries(points);
    } catch (error) {
      this.logger.warn(`Could not write ${points.length} history points: ${String(error)}`);
    }
  }

  private track(source: SourceSeries, name: string, change: StateChange, timeSec: number) {
    const kind = this.kindsByCollection.get(name) as MetricKind;
    const { upserted, removed } = change.collections[name as keyof StateChange['collections']] ?? {
      upserted: [],
      removed: [],
    };
    for (const id of removed) {
      source.delete(`${name}:${id}`);
    }
    for (const item of upserted) {
      const series = readSamples(kind, item).map(({ resource, values }) => ({
        kind,
        sid: this.database.series.idFor(kind.name, resource, timeSec),
        values,
      }));
      source.set(`${name}:${item.id}`, series);
    }
  }

  private record(source: SourceSeries, timeSec: number): void {
    for (const list of source.values()) {
      for (const { kind, sid, values } of list) {
        this.memory.record(kind.name, sid, timeSec, values);
        this.pending.push({ kind, sid, timeSec, values });
      }
    }
    if (!this.flushQueued && this.pending.length) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
  }

  /** Keeps `series.last_seen` current to the hour, so that long-gone series can be pruned. */
  private touchSeries(points: readonly RawPoint[]): void {
    const due: number[] = [];
    let newest = 0;
    for (const { sid, timeSec } of points) {
      const last = this.lastTouched.get(sid);
      if (last === undefined || timeSec - last >= TOUCH_EVERY_SEC) {
        this.lastTouched.set(sid, timeSec);
        due.push(sid);
      }
      newest = Math.max(newest, timeSec);
    }
    if (due.length) {
      this.database.repository.touchSeries(due, newest);
      this.forgetUntouched(newest - 2 * TOUCH_EVERY_SEC);
    }
  }

  /** Series not recorded for two touch periods are gone; their entries would only pile up. */
  private forgetUntouched(beforeSec: number): void {
    for (const [sid, last] of this.lastTouched) {
      if (last < beforeSec) {
        this.lastTouched.delete(sid);
      }
    }
  }

  /** How many series the recorder remembers a `last_seen` write for (for tests). */
  get touchedSeries(): number {
    return this.lastTouched.size;
  }
}
