import { Injectable } from '@nestjs/common';
import type { ChartPoint } from '@pulse/contracts';

import type { MetricKind } from '../metric-kinds';
import { MemoryHistory } from '../recording/memory-history';
import { StoredRow } from '../storage/history.repository';
import { MetricsDatabase } from '../storage/metrics-database.service';
import { TIER_NAMES, TierName } from '../storage/tiers';
import { SeriesDownsampler, ValueSource } from './downsampler';

export interface ReadRequest {
  fromMs: number;
  toMs: number;
  tier: TierName;
  /** Most points per series. */
  points: number;
}

/** Chart points per metric (in the kind's order), by resource id. */
export type KindHistory = Map<string, ChartPoint[][]>;

type Visit = (sid: number, timeSec: number, source: ValueSource, index: number) => void;

/** Reads a stored row: its values start after the series id and the time. */
class RowSource implements ValueSource {
  row: StoredRow = [0, 0];

  valueAt(_index: number, metric: number): number {
    return this.row[metric + 2];
  }
}

/**
 * Reads the history of a kind for a range from one tier. A rollup tier is complete only up to
 * its last rollup, so the rest of the range comes from the next finer tier, down to raw points;
 * raw points come from memory where it covers them and from disk before that.
 */
@Injectable()
export class HistoryReader {
  constructor(
    private readonly database: MetricsDatabase,
    private readonly memory: MemoryHistory,
  ) {}

  read(kind: MetricKind, request: ReadRequest): KindHistory {
    const scales = kind.metrics.map((metric) => metric.scale);
    // One bucket fewer than points: a range rarely starts on a bucket edge.
    const width = Math.max(1000, (request.toMs - request.fromMs) / Math.max(1, request.points - 1));
    const bySid = new Map<number, SeriesDownsampler>();
    const visit: Visit = (sid, timeSec, source, index) => {
      let series = bySid.get(sid);
      if (!series) {
        series = new SeriesDownsampler(width, scales);
        bySid.set(sid, series);
      }
      series.add(timeSec * 1000, source, index);
    };
    const fromSec = Math.ceil(request.fromMs / 1000);
    const toSec = Math.floor(request.toMs / 1000) + 1;
    this.readTier(kind, TIER_NAMES.indexOf(request.tier), fromSec, toSec, visit);

    return this.byResource(bySid);
  }

  private readTier(kind: MetricKind, tier: number, fromSec: number, toSec: number, visit: Visit) {
    if (tier <= 0) {
      this.readRaw(kind, fromSec, toSec, visit);

      return;
    }
    const name = TIER_NAMES[tier];
    const done = this.database.repository.doneUntil(kind.name, name) ?? fromSec;
    const split = Math.min(Math.max(done, fromSec), toSec);
    if (split > fromSec) {
      this.readDisk(kind, name, fromSec, split, visit);
    }
    if (toSec > split) {
      this.readTier(kind, tier - 1, split, toSec, visit);
    }
  }

  private readRaw(kind: MetricKind, fromSec: number, toSec: number, visit: Visit): void {
    const covered = this.memory.coverageStartSec() ?? toSec;
    const split = Math.min(Math.max(covered, fromSec), toSec);
    if (split > fromSec) {
      this.readDisk(kind, 'raw', fromSec, split, visit);
    }
    if (toSec > split) {
      this.memory.forEach(kind.name, split, toSec, (sid, time, ring, slot) =>
        visit(sid, time, ring, slot),
      );
    }
  }

  private readDisk(kind: MetricKind, tier: TierName, from: number, to: number, visit: Visit) {
    const source = new RowSource();
    this.database.repository.readRange(kind, tier, from, to, (row) => {
      source.row = row;
      visit(row[0], row[1], source, 0);
    });
  }

  private byResource(bySid: Map<number, SeriesDownsampler>): KindHistory {
    const history: KindHistory = new Map();
    for (const [sid, series] of bySid) {
      const resource = this.database.series.resourceOf(sid);
      if (resource !== undefined) {
        history.set(resource, series.finish());
      }
    }

    return history;
  }
}
