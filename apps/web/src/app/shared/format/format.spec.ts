import { formatBytes, formatDateTime, formatPercent, formatRate, formatUptime } from './format';

describe('format helpers', () => {
  it('writes sizes in binary units with few digits', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(20.5 * 1024 ** 3)).toBe('20.5 GiB');
    expect(formatBytes(150 * 1024 ** 4)).toBe('150 TiB');
    expect(formatBytes(undefined)).toBe('–');
    expect(formatBytes(-1)).toBe('–');
  });

  it('writes rates per second', () => {
    expect(formatRate(2048)).toBe('2.00 KiB/s');
    expect(formatRate(null)).toBe('–');
  });

  it('writes uptimes with their two largest units', () => {
    expect(formatUptime(90_061)).toBe('1d 1h');
    expect(formatUptime(3_720)).toBe('1h 2m');
    expect(formatUptime(30)).toBe('1m');
    expect(formatUptime(0)).toBe('–');
  });

  it('writes percentages, with a decimal below ten', () => {
    expect(formatPercent(42.4)).toBe('42%');
    expect(formatPercent(4.25)).toBe('4.3%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('–');
  });

  it('writes date and time in a short form', () => {
    expect(formatDateTime('2026-01-02T03:04:05Z')).toBe('2026-01-02 03:04');
    expect(formatDateTime('garbage')).toBe('–');
  });
});
