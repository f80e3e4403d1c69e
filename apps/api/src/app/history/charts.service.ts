import { Injectable } from '@nestjs/common';
import type {
  ChartPoint,
  ChartsResponse,
  StorageChartsResponse,
  StorageUsageSeries,
} from '@pulse/contracts';

import { PulseConfig } from '../../services/config/pulse-config';
import { CollectionItem } from '../state/state-collections';
import { StateStore } from '../state/state-store.service';
import {
  DATASTORE_KIND,
  GUEST_KIND,
  MetricKind,
  NODE_KIND,
  readSamples,
  STORAGE_KIND,
} from './metric-kinds';
import { HistoryReader, KindHistory } from './query/history-reader.service';
import { chartRangeMs, chooseTier, pointsPerSeries } from './query/tier-choice';
import { MetricsDatabase } from './storage/metrics-database.service';

type Series = Record<string, ChartPoint[]>;

/** The resources of one kind an answer covers: their live values and, if chosen, series ids. */
interface Chosen {
  current: Map<string, number[]>;
  /** Series ids to read; every series of the kind when absent. */
  series?: number[];
  /** Resources in the answer (live or with history), for the point budget. */
  count: number;
}

/** How a kind appears in `/api/charts`: its section and which metric goes under which key. */
interface ChartSection {
  kind: MetricKind;
  section: 'data' | 'nodeData' | 'storageData';
  keys: Record<string, string>;
}

const STORAGE_KEYS = { disk: 'usage' };
const CHART_SECTIONS: readonly ChartSection[] = [
  { kind: GUEST_KIND, section: 'data', keys: sameNames(GUEST_KIND) },
  { kind: NODE_KIND, section: 'nodeData', keys: sameNames(NODE_KIND) },
  { kind: STORAGE_KIND, section: 'storageData', keys: STORAGE_KEYS },
  { kind: DATASTORE_KIND, section: 'storageData', keys: STORAGE_KEYS },
];
const CHART_KINDS = CHART_SECTIONS.map(({ kind }) => kind);
const STORAGE_KINDS = [STORAGE_KIND, DATASTORE_KIND];

/** Builds the chart answers from the history, with the current value for series without any. */
@Injectable()
export class ChartsService {
  constructor(
    private readonly config: PulseConfig,
    private readonly store: StateStore,
    private readonly database: MetricsDatabase,
    private readonly reader: HistoryReader,
  ) {}

  /** `ids`, when given, limits the answer (and the reading) to those resources. */
  charts(range: string | undefined, ids?: readonly string[], now = Date.now()): ChartsResponse {
    const response: ChartsResponse = {
      data: {},
      nodeData: {},
      storageData: {},
      timestamp: now,
      stats: { oldestDataTimestamp: now },
    };
    const chosen = this.choose(CHART_KINDS, ids);
    const seriesCount = CHART_SECTIONS.reduce(
      (sum, { kind, keys }) => sum + (chosen.get(kind)?.count ?? 0) * Object.keys(keys).length,
      0,
    );
    const histories = this.readAll(chartRangeMs(range), now, seriesCount, chosen);
    for (const { kind, section, keys } of CHART_SECTIONS) {
      for (const [resource, points] of histories.get(kind) ?? []) {
        (response[section] as Record<string, Series>)[resource] = pick(kind, points, keys);
      }
    }
    response.stats.oldestDataTimestamp = oldestTimestamp(histories, now);

    return response;
  }

  storageCharts(
    rangeMinutes: number,
    ids?: readonly string[],
    now = Date.now(),
  ): StorageChartsResponse {
    const chosen = this.choose(STORAGE_KINDS, ids);
    const count = [...chosen.values()].reduce((sum, { count }) => sum + count * 4, 0);
    const histories = this.readAll(rangeMinutes * 60_000, now, count, chosen);
    const response: StorageChartsResponse = {};
    for (const history of histories.values()) {
      for (const [resource, points] of history) {
        response[resource] = storageSeries(points);
      }
    }

    return response;
  }

  /** What to read of each kind: every resource, or only those of `ids`. */
  private choose(
    kinds: readonly MetricKind[],
    ids: readonly string[] | undefined,
  ): Map<MetricKind, Chosen> {
    const wanted = ids && new Set(ids);

    return new Map(kinds.map((kind) => [kind, this.chosen(kind, wanted)]));
  }

  private chosen(kind: MetricKind, wanted: ReadonlySet<string> | undefined): Chosen {
    const current = this.currentValues(kind, wanted);
    if (!wanted) {
      return { current, count: current.size };
    }
    const series = this.reader.seriesIds(kind, [...wanted]);
    const count = new Set([...current.keys(), ...series.keys()]).size;

    return { current, series: [...series.values()], count };
  }

  private readAll(
    rangeMs: number,
    now: number,
    seriesCount: number,
    chosen: Map<MetricKind, Chosen>,
  ): Map<MetricKind, KindHistory> {
    const points = pointsPerSeries(seriesCount);
    const tier = chooseTier(rangeMs, points, this.database.tiers, this.memoryWindowMs());
    const histories = new Map<MetricKind, KindHistory>();
    for (const [kind, { current, series }] of chosen) {
      const history = this.reader.read(kind, {
        fromMs: now - rangeMs,
        toMs: now,
        tier,
        points,
        series,
      });
      addCurrentValues(kind, history, current, now);
      histories.set(kind, history);
    }

    return histories;
  }

  /** The live values of the resources of a kind (all, or those `wanted`), from the state. */
  private currentValues(kind: MetricKind, wanted?: ReadonlySet<string>): Map<string, number[]> {
    const values = new Map<string, number[]>();
    for (const name of kind.collections) {
      for (const item of this.store.collect(name) as CollectionItem[]) {
        for (const { resource, values: sample } of readSamples(kind, item)) {
          if (!wanted || wanted.has(resource)) {
            values.set(resource, sample);
          }
        }
      }
    }

    return values;
  }

  private memoryWindowMs(): number {
    return this.config.history.memoryWindowMs;
  }
}

function sameNames(kind: MetricKind): Record<string, string> {
  return Object.fromEntries(kind.metrics.map((metric) => [metric.name, metric.name]));
}

/** A resource without any point in the range gets one point: its current value, now. */
function addCurrentValues(
  kind: MetricKind,
  history: KindHistory,
  current: Map<string, number[]>,
  now: number,
): void {
  for (const [resource, values] of current) {
    const points = history.get(resource);
    if (!points || points.every((metric) => metric.length === 0)) {
      const single = values.map((value, i) => {
        const { scale } = kind.metrics[i];

        return Number.isNaN(value)
          ? []
          : [{ timestamp: now, value: Math.round(value * scale) / scale }];
      });
      history.set(resource, single);
    }
  }
}

function pick(kind: MetricKind, points: ChartPoint[][], keys: Record<string, string>): Series {
  const names = kind.metrics.map((metric) => metric.name);

  return Object.fromEntries(
    Object.entries(keys).map(([key, metric]) => [key, points[names.indexOf(metric)] ?? []]),
  );
}

function storageSeries(points: ChartPoint[][]): StorageUsageSeries {
  const [usage, used, total, avail] = points.map((metric) =>
    metric.map(({ timestamp, value }) => ({ value, timestamp: new Date(timestamp).toISOString() })),
  );

  return { usage, used, total, avail };
}

function oldestTimestamp(histories: Map<MetricKind, KindHistory>, now: number): number {
  let oldest = now;
  for (const history of histories.values()) {
    for (const points of history.values()) {
      for (const metric of points) {
        oldest = Math.min(oldest, metric[0]?.timestamp ?? now);
      }
    }
  }

  return oldest;
}
