export const FIRST_RECONNECT_DELAY_MS = 1_000;
export const MAX_RECONNECT_DELAY_MS = 30_000;

/** Share of a delay that is randomised, so that browsers do not all return at once. */
export const RECONNECT_JITTER = 0.2;

/**
 * Wait before reconnect attempt `attempt` (1 for the first): doubling from one second up to
 * thirty, each within ±20 %. `random` returns a number in [0, 1).
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = FIRST_RECONNECT_DELAY_MS * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(base, MAX_RECONNECT_DELAY_MS);

  return Math.round(capped * (1 - RECONNECT_JITTER + 2 * RECONNECT_JITTER * random()));
}
