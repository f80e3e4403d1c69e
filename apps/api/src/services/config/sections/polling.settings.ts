import { Env } from '../env.decorator';
import { asDurationMs, asFlag, asInt } from '../env-parsers';
import { IsCount, IsDurationMs, IsFlag, IsOptionalDurationMs, IsPort } from '../env-validators';

/** How Pulse talks to the monitored Proxmox servers. */
export class PollingSettings {
  @Env('CONNECTION_TIMEOUT', asDurationMs)
  @IsDurationMs(1000)
  connectionTimeoutMs = 60_000;

  @Env('PVE_POLLING_INTERVAL', asDurationMs)
  @IsDurationMs(100)
  pveIntervalMs = 10_000;

  /** `null`: the `pbsPollingInterval` system setting, else 60 s. */
  @Env('PBS_POLLING_INTERVAL', asDurationMs)
  @IsOptionalDurationMs(100)
  pbsIntervalMs: number | null = null;

  /** `null`: the `pmgPollingInterval` system setting, else 60 s. */
  @Env('PMG_POLLING_INTERVAL', asDurationMs)
  @IsOptionalDurationMs(100)
  pmgIntervalMs: number | null = null;

  @Env('POLLING_CYCLE_TIMEOUT', asDurationMs)
  @IsDurationMs(100)
  cycleTimeoutMs = 120_000;

  @Env('POLLING_MAX_CONCURRENT', asInt)
  @IsCount(1, 256)
  maxConcurrent = 8;

  @Env('POLLING_MAX_BACKOFF', asDurationMs)
  @IsDurationMs(100)
  maxBackoffMs = 300_000;

  @Env('POLLING_BREAKER_THRESHOLD', asInt)
  @IsCount(1, 1000)
  breakerThreshold = 3;

  @Env('POLLING_DEAD_LETTER_THRESHOLD', asInt)
  @IsCount(1, 1000)
  deadLetterThreshold = 5;

  @Env('POLLING_DEAD_LETTER_RETRY', asDurationMs)
  @IsDurationMs(100)
  deadLetterRetryMs = 300_000;

  @Env('NODE_OFFLINE_GRACE_PERIOD', asDurationMs)
  @IsDurationMs()
  offlineGraceMs = 60_000;

  @Env('ENABLE_BACKUP_POLLING', asFlag)
  @IsFlag()
  backupPollingEnabled = true;

  @Env('BACKUP_POLLING_CYCLES', asInt)
  @IsCount(1, 10_000)
  backupPollingCycles = 10;

  /** 0 means: poll backups every `backupPollingCycles` cycles instead. */
  @Env('BACKUP_POLLING_INTERVAL', asDurationMs)
  @IsDurationMs()
  backupPollingIntervalMs = 0;

  @Env('ADAPTIVE_POLLING_ENABLED', asFlag)
  @IsFlag()
  adaptivePollingEnabled = false;

  @Env('ADAPTIVE_POLLING_BASE_INTERVAL', asDurationMs)
  @IsDurationMs(1000)
  adaptivePollingBaseIntervalMs = 10_000;

  @Env('ADAPTIVE_POLLING_MIN_INTERVAL', asDurationMs)
  @IsDurationMs(1000)
  adaptivePollingMinIntervalMs = 5_000;

  @Env('ADAPTIVE_POLLING_MAX_INTERVAL', asDurationMs)
  @IsDurationMs(1000)
  adaptivePollingMaxIntervalMs = 300_000;

  @Env('GUEST_METADATA_MIN_REFRESH_INTERVAL', asDurationMs)
  @IsDurationMs()
  guestMetadataMinRefreshIntervalMs = 120_000;

  @Env('GUEST_METADATA_REFRESH_JITTER', asDurationMs)
  @IsDurationMs()
  guestMetadataRefreshJitterMs = 45_000;

  @Env('GUEST_METADATA_RETRY_BACKOFF', asDurationMs)
  @IsDurationMs()
  guestMetadataRetryBackoffMs = 30_000;

  @Env('GUEST_METADATA_MAX_CONCURRENT', asInt)
  @IsCount(1, 1000)
  guestMetadataMaxConcurrent = 4;

  @Env('DNS_CACHE_TIMEOUT', asDurationMs)
  @IsDurationMs()
  dnsCacheTimeoutMs = 300_000;

  @Env('SSH_PORT', asInt)
  @IsPort()
  sshPort = 22;

  @Env('ENABLE_TEMPERATURE_MONITORING', asFlag)
  @IsFlag()
  temperatureMonitoring = true;

  /** Beyond this many running VMs on one instance, their `status/current` reads take turns. */
  @Env('PULSE_VM_STATUS_READS_PER_CYCLE', asInt)
  @IsCount(1, 1_000_000)
  vmStatusReadsPerCycle = 2_000;

  @Env('PULSE_DISABLE_ZFS_MONITORING', asFlag)
  @IsFlag()
  zfsMonitoringDisabled = false;
}
