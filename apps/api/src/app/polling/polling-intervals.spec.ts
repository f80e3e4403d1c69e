import { loadConfig } from '../../services/config/load-config';
import type { SettingsService } from '../settings/settings.service';
import { DEFAULT_SERVER_INTERVAL_MS, PollingIntervals } from './polling-intervals.service';

/** Settings kept in a map, counting reads. */
class MemorySettings {
  reads = 0;
  readonly values = new Map<string, unknown>();

  async get<T>(key: string): Promise<T | undefined> {
    this.reads += 1;

    return this.values.get(key) as T | undefined;
  }
}

function intervals(env: Record<string, string> = {}) {
  const config = loadConfig({ PULSE_DATA_DIR: '/tmp/pulse-intervals-spec', ...env });
  const settings = new MemorySettings();
  const service = new PollingIntervals(config, settings as unknown as SettingsService);

  return { service, settings };
}

describe('PollingIntervals', () => {
  afterEach(() => jest.useRealTimers());

  it('polls PVE every 10 s by default, PBS and PMG every 60 s', async () => {
    const { service } = intervals();
    await service.refresh();

    expect(service.of('pve')).toBe(10_000);
    expect(service.of('pbs')).toBe(DEFAULT_SERVER_INTERVAL_MS);
    expect(service.of('pmg')).toBe(60_000);
  });

  it('uses the stored PBS and PMG settings, in seconds', async () => {
    const { service, settings } = intervals();
    settings.values.set('pbsPollingInterval', 120);
    settings.values.set('pmgPollingInterval', 30);
    await service.refresh();

    expect(service.of('pbs')).toBe(120_000);
    expect(service.of('pmg')).toBe(30_000);
  });

  it.each([5, 3601, '60', null])('ignores the out-of-range or mistyped setting %p', async (bad) => {
    const { service, settings } = intervals();
    settings.values.set('pbsPollingInterval', bad);
    await service.refresh();

    expect(service.of('pbs')).toBe(DEFAULT_SERVER_INTERVAL_MS);
  });

  it('prefers the environment over the stored settings', async () => {
    const { service, settings } = intervals({
      PVE_POLLING_INTERVAL: '5s',
      PBS_POLLING_INTERVAL: '45s',
      PMG_POLLING_INTERVAL: '2m',
    });
    settings.values.set('pbsPollingInterval', 120);
    await service.refresh();

    expect(service.of('pve')).toBe(5000);
    expect(service.of('pbs')).toBe(45_000);
    expect(service.of('pmg')).toBe(120_000);
  });

  it('reads changed settings again after a while, not on every cycle', async () => {
    jest.useFakeTimers({ now: Date.UTC(2025, 0, 1), doNotFake: ['nextTick', 'setImmediate'] });
    const { service, settings } = intervals();
    settings.values.set('pbsPollingInterval', 20);
    await service.refresh();
    const reads = settings.reads;
    settings.values.set('pbsPollingInterval', 90);

    expect(service.of('pbs')).toBe(20_000);
    expect(settings.reads).toBe(reads);

    jest.advanceTimersByTime(31_000);
    service.of('pbs');
    await new Promise((resolve) => setImmediate(resolve));

    expect(service.of('pbs')).toBe(90_000);
  });
});
