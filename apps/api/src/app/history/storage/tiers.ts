import type { HistorySettings } from '../../../services/config/sections/history.settings';

export type TierName = 'raw' | 'minute' | 'hour' | 'day';

/** Finest first. `raw` holds every polled point; the others one row per bucket. */
export const TIER_NAMES: readonly TierName[] = ['raw', 'minute', 'hour', 'day'];

export const ROLLUP_TIER_NAMES: readonly TierName[] = ['minute', 'hour', 'day'];

/** Bucket length in seconds (1 for raw: at most one point per series and second). */
export const BUCKET_SEC: Record<TierName, number> = {
  raw: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
};

/** Raw points are as far apart as the default PVE poll interval. */
export const NOMINAL_RAW_STEP_SEC = 10;

export interface Tier {
  name: TierName;
  bucketSec: number;
  retentionMs: number;
}

export function tiersFrom(settings: HistorySettings): Tier[] {
  const retention: Record<TierName, number> = {
    raw: settings.rawRetentionMs,
    minute: settings.minuteRetentionMs,
    hour: settings.hourRetentionMs,
    day: settings.dayRetentionMs,
  };

  return TIER_NAMES.map((name) => ({
    name,
    bucketSec: BUCKET_SEC[name],
    retentionMs: retention[name],
  }));
}

export function tableName(kind: string, tier: TierName): string {
  return `${kind}_${tier}`;
}
