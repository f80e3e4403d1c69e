/** Spread of a retry delay around its nominal value: ±20 %. */
const JITTER = 0.2;

/**
 * The wait before retry number `failures` (1 for the first failure): the base doubles per
 * failure up to `maxMs`, then jitter spreads instances that failed together. Never above `maxMs`.
 */
export function backoffDelay(
  failures: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, failures - 1);
  const nominal = Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 30));
  const jittered = nominal * (1 + JITTER * (random() * 2 - 1));

  return Math.round(Math.min(maxMs, jittered));
}
