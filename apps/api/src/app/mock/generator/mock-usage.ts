import type { Disk, Memory, Storage } from '@pulse/contracts';

export const GIB = 1024 ** 3;

/** Memory with `usage` in percent, from a total and a used fraction. */
export function memoryOf(total: number, fraction: number): Memory {
  const used = Math.round(total * fraction);

  return { total, used, free: total - used, usage: round(fraction * 100) };
}

export function diskOf(total: number, fraction: number): Disk {
  return memoryOf(total, fraction);
}

/** The capacity of a storage (`avail` repeats `free`), from a total and a used fraction. */
export function storageCapacityOf(
  total: number,
  fraction: number,
): Pick<Storage, 'total' | 'used' | 'avail' | 'free' | 'usage'> {
  const { used, free, usage } = diskOf(total, fraction);

  return { total, used, avail: free, free, usage };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;

  return Math.round(value * factor) / factor;
}

/** An RFC 3339 time without milliseconds, as the collectors write it. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Mean reversion plus noise, kept between 1 % and 98 % (fractions). */
export function drift(value: number, target: number, random: () => number): number {
  const noise = (random() - 0.5) * 0.06;
  const next = value + (target - value) * 0.1 + noise;

  return round(clamp(next, 0.01, 0.98), 4);
}

/** Memory one step on, its used fraction drifting back to `target`. */
export function walkMemory(total: number, used: number, random: () => number, target = 0.5) {
  return memoryOf(total, drift(used / Math.max(1, total), target, random));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
