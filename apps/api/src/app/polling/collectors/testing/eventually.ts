/**
 * Calls `probe` until it answers something truthy and answers that; past the deadline it fails
 * naming `what` and the last value seen. A probe that throws counts as "not yet".
 */
export async function eventually<T>(
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
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) {
      const shown = JSON.stringify(last)?.slice(0, 500);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${shown}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
