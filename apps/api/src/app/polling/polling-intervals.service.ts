import { Injectable } from '@nestjs/common';
import type { NodeType } from '@pulse/contracts';

import { PulseConfig } from '../../services/config/pulse-config';
import { SettingsService } from '../settings/settings.service';

/** PBS and PMG poll every 60 s unless configured otherwise. */
export const DEFAULT_SERVER_INTERVAL_MS = 60_000;

/** How long stored interval settings are trusted before they are read again. */
const SETTINGS_TTL_MS = 30_000;

const SETTING_KEYS = { pbs: 'pbsPollingInterval', pmg: 'pmgPollingInterval' } as const;

/**
 * The poll interval per instance type: PVE from `PVE_POLLING_INTERVAL`; PBS and PMG from their
 * environment variable, else the stored system setting (seconds, 10–3600), else 60 s.
 */
@Injectable()
export class PollingIntervals {
  private stored: Partial<Record<'pbs' | 'pmg', number>> = {};
  private readAt = 0;
  private reading?: Promise<void>;

  constructor(
    private readonly config: PulseConfig,
    private readonly settings: SettingsService,
  ) {}

  of(type: NodeType): number {
    const polling = this.config.polling;
    if (type === 'pve') {
      return polling.pveIntervalMs;
    }
    const fromEnv = type === 'pbs' ? polling.pbsIntervalMs : polling.pmgIntervalMs;
    if (fromEnv !== null) {
      return fromEnv;
    }
    this.refreshWhenOld();

    return this.stored[type] ?? DEFAULT_SERVER_INTERVAL_MS;
  }

  /** Reads the stored settings now. */
  async refresh(): Promise<void> {
    const [pbs, pmg] = await Promise.all([this.read('pbs'), this.read('pmg')]);
    this.stored = { pbs, pmg };
    this.readAt = Date.now();
  }

  private async read(type: 'pbs' | 'pmg'): Promise<number | undefined> {
    const seconds = await this.settings.get<unknown>(SETTING_KEYS[type]);
    const valid = typeof seconds === 'number' && seconds >= 10 && seconds <= 3600;

    return valid ? seconds * 1000 : undefined;
  }

  private refreshWhenOld(): void {
    if (this.reading || Date.now() - this.readAt < SETTINGS_TTL_MS) {
      return;
    }
    this.readAt = Date.now();
    this.reading = this.refresh()
      .catch(() => undefined)
      .finally(() => (this.reading = undefined));
  }
}
