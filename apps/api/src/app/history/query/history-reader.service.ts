import { Injectable } from '@nestjs/common';
import type { ChartPoint } from '@pulse/contracts';

import type { MetricKind } from '../metric-kinds';
import { MemoryHistory } from '../recording/memory-history';
import { StoredRow } from '../storage/history.repository';
import { MetricsDatabase } from '../storage/metrics-database.service';
import { TIER_NAMES, TierName } from '../storage/tiers';
import { SeriesDownsampler, ValueSource } from './downsampler';
import { SelectedSeriesRepository } from './selected-series.repository';

export interface ReadRequest {
  fromMs: number;
  toMs: number;
  tier: TierName;
  /** Most points per series. */
  points: number;
  /** Only these series ids (see {@link HistoryReader.seriesIds}); all of the kind when absent. */
  series?: readonly number[];
}

/** Chart points per metric (in the kind's order), by resource id. */
export type KindHistory = Map<string, ChartPoint[][]>;

type Visit = (sid: number, timeSec: number, source: ValueSource, index: number) => void;

/** One read of one kind: which series, and where their points go. */
interface Scan {
  kind: MetricKind;
  series?: readonly number[];
  visit: Visit;
}

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
  private readonly selected: SelectedSeriesRepository;

  constructor(
    private readonly database: MetricsDatabase,
    private readonly memory: MemoryHistory,
  ) {
    this.selected = new SelectedSeriesRepository(database.repository.db);
  }

  /** The series ids of the resources of a kind that have history, by resource. */
  seriesIds(kind: MetricKind, resources: readonly string[]): Map<string, number> {
    return resources.length ? this.selected.seriesIds(kind.name, resources) : new Map();
  }

  read(kind: MetricKind, request: ReadRequest): KindHistory {
    if (request.series?.length === 0) {
      return new Map();
    }
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
    const scan = { kind, series: request.series, visit };
    this.readTier(scan, TIER_NAMES.indexOf(request.tier), fromSec, toSec);

    return this.byResource(bySid);
  }

  private readTier(scan: Scan, tier: number, fromSec: number, toSec: number): void {
    if (tier <= 0) {
      this.readRaw(scan, fromSec, toSec);

      return;
    }
    const name = TIER_NAMES[tier];
    const done = this.database.repository.doneUntil(scan.kind.name, name) ?? fromSec;
    const split = Math.min(Math.max(done, fromSec), toSec);
    if (split > fromSec) {
      this.readDisk(scan, name, fromSec, split);
    }
    if (toSec > split) {
      this.readTier(scan, tier - 1, split, toSec);
    }
  }

  private readRaw(scan: Scan, fromSec: number, toSec: number): void {
    const covered = this.memory.coverageStartSec() ?? toSec;
    const split = Math.min(Math.max(covered, fromSec), toSec);
    if (split > fromSec) {
      this.readDisk(scan, 'raw', fromSec, split);
    }
    if (toSec > split) {
      this.readMemory(scan, split, toSec);
    }
  }

  private readMemory({ kind, series, visit }: Scan, fromSec: number, toSec: number): void {
    if (series) {
      this.memory.forEachOf(kind.name, series, fromSec, toSec, visit);
    } else {
      this.memory.forEach(kind.name, fromSec, toSec, visit);
    }
  }

  private readDisk(scan: Scan, tier: TierName, from: number, to: number): void {
    const source = new RowSource();
    const visitRow = (row: StoredRow) => {
      source.row = row;
      scan.visit(row[0], row[1], source, 0);
    };
    if (scan.series) {
      this.selected.readRange(scan.kind, tier, from, to, scan.series, visitRow);
    } else {
      this.database.repository.readRange(scan.kind, tier, from, to, visitRow);
    }
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
