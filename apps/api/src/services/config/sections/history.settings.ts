import { Env } from '../env.decorator';
import { asDurationMs } from '../env-parsers';
import { IsDurationMs } from '../env-validators';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Metrics history (`<data dir>/metrics.db`): how long each tier keeps its points. */
export class HistorySettings {
  @Env('PULSE_HISTORY_RAW_RETENTION', asDurationMs)
  @IsDurationMs(10 * MINUTE)
  rawRetentionMs = DAY;

  @Env('PULSE_HISTORY_MINUTE_RETENTION', asDurationMs)
  @IsDurationMs(HOUR)
  minuteRetentionMs = 7 * DAY;

  @Env('PULSE_HISTORY_HOUR_RETENTION', asDurationMs)
  @IsDurationMs(DAY)
  hourRetentionMs = 90 * DAY;

  @Env('PULSE_HISTORY_DAY_RETENTION', asDurationMs)
  @IsDurationMs(DAY)
  dayRetentionMs = 365 * DAY;

  /**
   * Raw points kept in memory per series, for fast recent charts (older ones come from disk).
   * About 1 KB per guest at 5 minutes: 10 MB at 10,000 guests (29 MB at 15 minutes).
   */
  @Env('PULSE_HISTORY_MEMORY_WINDOW', asDurationMs)
  @IsDurationMs(MINUTE)
  memoryWindowMs = 5 * MINUTE;

  /** How often rollups and retention run in the background. */
  @Env('PULSE_HISTORY_ROLLUP_INTERVAL', asDurationMs)
  @IsDurationMs(1000)
  rollupIntervalMs = MINUTE;
}
