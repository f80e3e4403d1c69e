/**
 * Runs `work` over the items with at most `limit` calls in flight and answers every outcome in
 * item order. A signal that aborts stops starting new calls; those items answer as rejected.
 */
export async function mapSettled<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  signal?: AbortSignal,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await settle(() => {
        if (signal?.aborted) {
          throw signal.reason ?? new Error('aborted');
        }

        return work(items[index]);
      });
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));

  return results;
}

async function settle<R>(run: () => Promise<R>): Promise<PromiseSettledResult<R>> {
  try {
    return { status: 'fulfilled', value: await run() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
