import type { PollingSettings } from '../../../services/config/sections/polling.settings';

/** Queued instances due this soon count as "due soon" (scheduler health and metrics). */
export const DUE_SOON_MS = 12_000;

/** The knobs of the per-instance scheduler (see docs/CONFIGURATION.md, polling section). */
export interface SchedulerOptions {
  /** Budget of one cycle; past it the cycle is aborted and counts as a failure. */
  cycleTimeoutMs: number;
  maxBackoffMs: number;
  /** Consecutive failures that open the breaker. */
  breakerThreshold: number;
  /** Consecutive failures that put the instance in the dead-letter queue. */
  deadLetterThreshold: number;
  /** Wait between probes of a dead-lettered instance. */
  deadLetterRetryMs: number;
  /** How long failures may last before the instance's resources are shown offline. */
  offlineGraceMs: number;
  /** Slow data every N cycles, unless `slowIntervalMs` is set. */
  slowEveryCycles: number;
  /** Slow data at this interval; 0 uses `slowEveryCycles`. */
  slowIntervalMs: number;
}

export function schedulerOptionsFrom(polling: PollingSettings): SchedulerOptions {
  return {
    cycleTimeoutMs: polling.cycleTimeoutMs,
    maxBackoffMs: polling.maxBackoffMs,
    breakerThreshold: polling.breakerThreshold,
    deadLetterThreshold: polling.deadLetterThreshold,
    deadLetterRetryMs: polling.deadLetterRetryMs,
    offlineGraceMs: polling.offlineGraceMs,
    slowEveryCycles: polling.backupPollingCycles,
    slowIntervalMs: polling.backupPollingIntervalMs,
  };
}
