/**
 * Calls `probe` until it answers something truthy and answers that; fails with `what` and the
 * last value seen when the deadline passes. A probe that throws counts as not yet. The default
 * deadline is generous because the sim specs share two busy cores.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 20_000, everyMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) {
        return value;
      }
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${show(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

function show(value: unknown): string {
  if (value instanceof Error) {
    return value.message;
  }

  return JSON.stringify(value)?.slice(0, 500) ?? String(value);
}
