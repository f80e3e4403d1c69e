import { Env } from '../env.decorator';
import { asDurationMs, asFlag, asInt } from '../env-parsers';
import { IsCount, IsDurationMs, IsFlag, IsPort } from '../env-validators';

/** How Pulse talks to the monitored Proxmox servers. */
export class PollingSettings {
  @Env('CONNECTION_TIMEOUT', asDurationMs)
  @IsDurationMs(1000)
  connectionTimeoutMs = 60_000;

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

  @Env('PULSE_DISABLE_ZFS_MONITORING', asFlag)
  @IsFlag()
  zfsMonitoringDisabled = false;
}
