import type { Disk, Memory } from '@pulse/contracts';

export const GIB = 1024 ** 3;

/** Memory with `usage` in percent, from a total and a used fraction. */
export function memoryOf(total: number, fraction: number): Memory {
  const used = Math.round(total * fraction);

  return { total, used, free: total - used, usage: round(fraction * 100) };
}

export function diskOf(total: number, fraction: number): Disk {
  const used = Math.round(total * fraction);

  return { total, used, free: total - used, usage: round(fraction * 100) };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;

  return Math.round(value * factor) / factor;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
