export type UsageLevel = 'ok' | 'warn' | 'danger' | 'unknown';

/** Usage from this percentage on is shown as a warning, and from the second as critical. */
export const USAGE_WARN_AT = 75;
export const USAGE_DANGER_AT = 90;

export function usageLevel(percent: number | null | undefined): UsageLevel {
  if (percent === null || percent === undefined || !Number.isFinite(percent) || percent < 0) {
    return 'unknown';
  }

  if (percent >= USAGE_DANGER_AT) {
    return 'danger';
  }

  return percent >= USAGE_WARN_AT ? 'warn' : 'ok';
}
