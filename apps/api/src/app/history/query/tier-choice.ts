import { CHART_RANGE_MS, CHART_RANGES, ChartRange, DEFAULT_CHART_RANGE } from '@pulse/contracts';

import { NOMINAL_RAW_STEP_SEC, Tier, TierName } from '../storage/tiers';

/** Most points one series has in an answer. */
export const MAX_POINTS_PER_SERIES = 500;
/** Fewest points per series, however many series there are. */
export const MIN_POINTS_PER_SERIES = 12;
/** Points of all series together (about 40 bytes of JSON each), so answers stay near 12 MB. */
export const POINT_BUDGET = 300_000;
/** A tier qualifies while it still gives a third of the points wanted. */
const COARSENESS_ALLOWED = 3;

export function isChartRange(value: string | undefined): value is ChartRange {
  return (CHART_RANGES as readonly string[]).includes(value ?? '');
}

/** The range in ms; unknown or missing ranges answer as `1h`, as the original did. */
export function chartRangeMs(range: string | undefined): number {
  return CHART_RANGE_MS[isChartRange(range) ? range : DEFAULT_CHART_RANGE];
}

/** Points per series for an answer with `seriesCount` series. */
export function pointsPerSeries(seriesCount: number): number {
  const share = Math.floor(POINT_BUDGET / Math.max(1, seriesCount));

  return Math.min(MAX_POINTS_PER_SERIES, Math.max(MIN_POINTS_PER_SERIES, share));
}

/**
 * The tier to read a range from: raw while the range fits the memory window; otherwise the
 * coarsest tier that keeps the whole range and still gives at least a third of `points` —
 * so a 7-day chart reads 168 hourly rows per series rather than 10,080 minute rows.
 */
export function chooseTier(
  rangeMs: number,
  points: number,
  tiers: readonly Tier[],
  memoryWindowMs: number,
): TierName {
  if (rangeMs <= memoryWindowMs) {
    return 'raw';
  }
  const keeping = tiers.filter((tier) => tier.retentionMs >= rangeMs);
  const candidates = keeping.length ? keeping : tiers.slice(-1);
  const wantedStepSec = (rangeMs / 1000 / points) * COARSENESS_ALLOWED;
  const fine = candidates.filter((tier) => stepSec(tier) <= wantedStepSec);

  return (fine[fine.length - 1] ?? candidates[0]).name;
}

function stepSec(tier: Tier): number {
  return tier.name === 'raw' ? NOMINAL_RAW_STEP_SEC : tier.bucketSec;
}
