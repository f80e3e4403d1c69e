import type { PollingSettings } from '../../../services/config/sections/polling.settings';
import type { PveRuntime } from '../../upstream';

/** How often guest-agent and per-guest details are read (they cost one call per guest). */
export interface GuestMetadataOptions {
  /** Minimum age before a guest's details are read again. */
  refreshMs: number;
  /** Random extra delay per guest, so refreshes spread over time. */
  jitterMs: number;
  /** Wait after a failed read (agent timeout, node error) before the next try. */
  retryBackoffMs: number;
  /** Calls in flight at once per instance. */
  maxConcurrent: number;
  /** Guests refreshed per cycle at most; the rest wait for the next cycle. */
  perCycle: number;
  /** OS name and agent version change rarely: read them this much less often. */
  osInfoRefreshMs: number;
  /** Wall time a cycle waits for these reads; slower ones finish in the background. */
  budgetMs: number;
}

export interface CollectorOptions {
  /** Whole-request budget of each upstream call (`CONNECTION_TIMEOUT`). */
  timeoutMs?: number;
  /** Clock, logger, connection limits and agent timeouts for the upstream clients. */
  runtime?: PveRuntime;
  guestMetadata?: Partial<GuestMetadataOptions>;
  /** Per-node calls in flight at once per instance (node status, disks, storage content). */
  nodeConcurrency?: number;
  /** VMs whose `status/current` is read per cycle at most; beyond it they take turns. */
  vmStatusPerCycle?: number;
  zfsMonitoring?: boolean;
  /** Guests whose snapshot list is read per slow cycle; the sweep continues next time. */
  snapshotGuestsPerCycle?: number;
  /** Source of jitter; tests pass a fixed one. */
  random?: () => number;
}

export interface ResolvedCollectorOptions {
  timeoutMs?: number;
  runtime: PveRuntime;
  guestMetadata: GuestMetadataOptions;
  nodeConcurrency: number;
  vmStatusPerCycle: number;
  zfsMonitoring: boolean;
  snapshotGuestsPerCycle: number;
  random: () => number;
}

export const DEFAULT_GUEST_METADATA: GuestMetadataOptions = {
  refreshMs: 120_000,
  jitterMs: 45_000,
  retryBackoffMs: 30_000,
  maxConcurrent: 4,
  perCycle: 500,
  osInfoRefreshMs: 30 * 60_000,
  budgetMs: 5_000,
};

/** Every VM every cycle up to this many running VMs per instance (see `VmStatusReader`). */
export const DEFAULT_VM_STATUS_PER_CYCLE = 2_000;

export function resolveOptions(options: CollectorOptions = {}): ResolvedCollectorOptions {
  return {
    timeoutMs: options.timeoutMs,
    runtime: options.runtime ?? {},
    guestMetadata: { ...DEFAULT_GUEST_METADATA, ...options.guestMetadata },
    nodeConcurrency: options.nodeConcurrency ?? 8,
    vmStatusPerCycle: options.vmStatusPerCycle ?? DEFAULT_VM_STATUS_PER_CYCLE,
    zfsMonitoring: options.zfsMonitoring ?? true,
    snapshotGuestsPerCycle: options.snapshotGuestsPerCycle ?? 1000,
    random: options.random ?? Math.random,
  };
}

/** The collector settings the configuration controls. */
export function collectorOptionsFromConfig(polling: PollingSettings): CollectorOptions {
  return {
    timeoutMs: polling.connectionTimeoutMs,
    zfsMonitoring: !polling.zfsMonitoringDisabled,
    vmStatusPerCycle: polling.vmStatusReadsPerCycle,
    guestMetadata: {
      refreshMs: polling.guestMetadataMinRefreshIntervalMs,
      jitterMs: polling.guestMetadataRefreshJitterMs,
      retryBackoffMs: polling.guestMetadataRetryBackoffMs,
      maxConcurrent: polling.guestMetadataMaxConcurrent,
    },
  };
}
