import { CHART_RANGE_MS } from '@pulse/contracts';

import { HistorySettings } from '../../../services/config/sections/history.settings';
import { tiersFrom } from '../storage/tiers';
import {
  chartRangeMs,
  chooseTier,
  MAX_POINTS_PER_SERIES,
  MIN_POINTS_PER_SERIES,
  pointsPerSeries,
} from './tier-choice';

const HOUR = 3_600_000;
const tiers = tiersFrom(new HistorySettings());

function tierFor(range: keyof typeof CHART_RANGE_MS, points = MAX_POINTS_PER_SERIES) {
  return chooseTier(CHART_RANGE_MS[range], points, tiers, HOUR);
}

describe('range and tier choice', () => {
  it('answers unknown or missing ranges as one hour', () => {
    expect(chartRangeMs('7d')).toBe(7 * 24 * HOUR);
    expect(chartRangeMs('1y')).toBe(365 * 24 * HOUR);
    expect(chartRangeMs('2h')).toBe(HOUR);
    expect(chartRangeMs('')).toBe(HOUR);
    expect(chartRangeMs(undefined)).toBe(HOUR);
  });

  it('reads ranges within the memory window from raw points', () => {
    expect(['5m', '15m', '30m', '1h'].map((range) => tierFor(range as '1h'))).toEqual([
      'raw',
      'raw',
      'raw',
      'raw',
    ]);
  });

  it('picks the coarsest tier that keeps the range and gives enough points', () => {
    expect(tierFor('4h')).toBe('minute');
    expect(tierFor('12h')).toBe('minute');
    expect(tierFor('24h')).toBe('minute');
    expect(tierFor('7d')).toBe('hour');
    expect(tierFor('30d')).toBe('hour');
    expect(tierFor('90d')).toBe('hour');
    expect(tierFor('1y')).toBe('day');
  });

  it('reads raw points from disk when the range is beyond memory but fine enough', () => {
    expect(chooseTier(2 * HOUR, 500, tiers, 30 * 60_000)).toBe('raw');
  });

  it('goes coarser when each series may have fewer points', () => {
    expect(tierFor('24h', 20)).toBe('hour');
    expect(tierFor('4h', 20)).toBe('minute');
  });

  it('skips tiers whose retention is shorter than the range', () => {
    const short = tiersFrom(
      Object.assign(new HistorySettings(), {
        minuteRetentionMs: 2 * HOUR,
        hourRetentionMs: 24 * HOUR,
      }),
    );

    expect(chooseTier(4 * HOUR, 500, short, HOUR)).toBe('raw');
    expect(chooseTier(7 * 24 * HOUR, 500, short, HOUR)).toBe('day');
  });

  it('falls back to the coarsest tier when none keeps the whole range', () => {
    expect(chooseTier(2 * 365 * 24 * HOUR, 500, tiers, HOUR)).toBe('day');
  });

  it('shares a point budget among series, within bounds', () => {
    expect(pointsPerSeries(0)).toBe(MAX_POINTS_PER_SERIES);
    expect(pointsPerSeries(100)).toBe(MAX_POINTS_PER_SERIES);
    expect(pointsPerSeries(1_000)).toBe(300);
    expect(pointsPerSeries(10_000)).toBe(30);
    expect(pointsPerSeries(1_000_000)).toBe(MIN_POINTS_PER_SERIES);
  });
});
