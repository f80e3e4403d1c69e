import type { Disk, IsoTime, Memory } from '@pulse/contracts';

/** Go's zero `time.Time`, which the original emits for times it never set. */
export const ZERO_TIME: IsoTime = '0001-01-01T00:00:00Z';

/** `used / total` in percent 0–100 (0 when the total is unknown). */
export function percent(used: number, total: number): number {
  if (!(total > 0) || !(used > 0)) {
    return 0;
  }

  return Math.min(100, (used / total) * 100);
}

/** A 0..1 fraction as PVE sends it, kept inside 0..1. */
export function fraction(value: number | undefined): number {
  if (!(value !== undefined && value > 0)) {
    return 0;
  }

  return Math.min(1, value);
}

export function bytes(value: number | undefined): number {
  return value !== undefined && value > 0 ? Math.round(value) : 0;
}

/** RFC 3339 in UTC, second precision as the upstreams report it. */
export function isoFromSeconds(seconds: number | undefined): IsoTime {
  if (seconds === undefined || !(seconds > 0)) {
    return ZERO_TIME;
  }

  return isoFromMs(seconds * 1000);
}

export function isoFromMs(ms: number): IsoTime {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Total, used (never above the total), free and usage in percent, as memory and disks share. */
function usageOf(used: number, total: number): Memory & Disk {
  const capped = Math.min(bytes(used), bytes(total));

  return {
    total: bytes(total),
    used: capped,
    free: bytes(total) - capped,
    usage: percent(capped, total),
  };
}

export function memoryOf(used: number, total: number): Memory {
  return usageOf(used, total);
}

export function diskOf(used: number, total: number, extra?: Partial<Disk>): Disk {
  const disk: Disk = usageOf(used, total);

  return extra ? Object.assign(disk, extra) : disk;
}

/** `HH:MM:SS` (hours may exceed 24). */
export function durationHuman(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const pad = (value: number) => String(value).padStart(2, '0');

  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}
