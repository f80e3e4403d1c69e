const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** `1.5 GiB`: binary units, three significant digits at most, as Proxmox shows sizes. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) {
    return '–';
  }

  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;

  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** `12.3 KiB/s` for a rate in bytes per second. */
export function formatRate(bytesPerSecond: number | null | undefined): string {
  const size = formatBytes(bytesPerSecond);

  return size === '–' ? size : `${size}/s`;
}

/** `3d 4h`, `5h 12m`, `7m`: the two largest units of an uptime in seconds. */
export function formatUptime(seconds: number | null | undefined): string {
  if (!seconds || seconds < 0 || !Number.isFinite(seconds)) {
    return '–';
  }

  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) {
    return `${days}d ${hours}h`;
  }

  return hours > 0 ? `${hours}h ${minutes}m` : `${Math.max(minutes, 1)}m`;
}

/** `42%` or `4.2%`; null (unknown) becomes a dash. */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) {
    return '–';
  }

  return `${percent < 10 && percent > 0 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** `2026-01-02 03:04` in the browser's time zone, short enough for a dense table. */
export function formatDateTime(time: string | number | null | undefined): string {
  const date = time === null || time === undefined ? undefined : new Date(time);
  if (!date || Number.isNaN(date.getTime())) {
    return '–';
  }

  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `16.0 GiB of 64.0 GiB`, or nothing when the amounts are unknown. */
export function formatUsedOf(amounts: { used: number; total: number } | null): string | undefined {
  return amounts ? `${formatBytes(amounts.used)} of ${formatBytes(amounts.total)}` : undefined;
}
