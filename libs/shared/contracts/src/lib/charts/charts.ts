import { EpochMs, IsoTime } from '../state/common';

/** The `range` values `GET /api/charts` accepts; anything else answers as `1h`. */
export const CHART_RANGES = [
  '5m',
  '15m',
  '30m',
  '1h',
  '4h',
  '12h',
  '24h',
  '7d',
  '30d',
  '90d',
  '1y',
] as const;

export type ChartRange = (typeof CHART_RANGES)[number];

export const DEFAULT_CHART_RANGE: ChartRange = '1h';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How far back each range reaches from the time of the answer. */
export const CHART_RANGE_MS: Readonly<Record<ChartRange, number>> = {
  '5m': 5 * MINUTE_MS,
  '15m': 15 * MINUTE_MS,
  '30m': 30 * MINUTE_MS,
  '1h': HOUR_MS,
  '4h': 4 * HOUR_MS,
  '12h': 12 * HOUR_MS,
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
  '90d': 90 * DAY_MS,
  '1y': 365 * DAY_MS,
};

/**
 * Most resource ids the `id` parameter of `/api/charts` and `/api/storage-charts` may list,
 * separated by commas (an extension of ours), and the longest id it takes.
 */
export const MAX_CHART_RESOURCE_IDS = 100;
export const MAX_CHART_RESOURCE_ID_LENGTH = 200;

/** One point of a chart series. */
export interface ChartPoint {
  timestamp: EpochMs;
  value: number;
}

/** Guest series: `cpu`, `memory` and `disk` in percent 0–100, the others in bytes per second. */
export type GuestChartMetric =
  | 'cpu'
  | 'memory'
  | 'disk'
  | 'diskread'
  | 'diskwrite'
  | 'netin'
  | 'netout';

/** Node series, in percent 0–100. */
export type NodeChartMetric = 'cpu' | 'memory' | 'disk';

export type GuestChartSeries = Record<GuestChartMetric, ChartPoint[]>;
export type NodeChartSeries = Record<NodeChartMetric, ChartPoint[]>;

/** Storage usage in percent 0–100. */
export type StorageChartSeries = Record<'disk', ChartPoint[]>;

/** `GET /api/charts?range=`; with `&id=a,b` only those resources (an extension of ours). */
export interface ChartsResponse {
  /** By guest id. */
  data: Record<string, GuestChartSeries>;
  /** By node id. */
  nodeData: Record<string, NodeChartSeries>;
  /** By storage id; PBS datastores as `pbs-<name>-<datastore>`. */
  storageData: Record<string, StorageChartSeries>;
  /** When the answer was made. */
  timestamp: EpochMs;
  stats: {
    /** The oldest point in this answer (`timestamp` when there is none). */
    oldestDataTimestamp: EpochMs;
  };
}

/** A point of `GET /api/storage-charts`: RFC 3339 time, `value` first as the original sent it. */
export interface StorageChartPoint {
  value: number;
  timestamp: IsoTime;
}

/** Storage series: `usage` in percent 0–100, the others in bytes. */
export interface StorageUsageSeries {
  usage: StorageChartPoint[] | null;
  used: StorageChartPoint[] | null;
  total: StorageChartPoint[] | null;
  avail: StorageChartPoint[] | null;
}

/** `GET /api/storage-charts?range=<minutes>[&id=a,b]`, by storage id. */
export type StorageChartsResponse = Record<string, StorageUsageSeries>;
