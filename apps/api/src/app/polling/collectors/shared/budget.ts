export interface BudgetedRun<T> {
  limit: number;
  /** Wall time after which no new item starts and the caller stops waiting. */
  budgetMs: number;
  signal?: AbortSignal;
  run: (item: T) => Promise<void>;
}

export interface BudgetedWork {
  /** True when every item finished within the budget. */
  withinBudget: Promise<boolean>;
  /** Settles when the items already started have finished. */
  done: Promise<void>;
}

/**
 * Works through the items with at most `limit` in flight. Once the budget is spent (or the signal
 * aborts) no further item starts; items already running finish in the background.
 */
export function runWithinBudget<T>(items: readonly T[], options: BudgetedRun<T>): BudgetedWork {
  const deadline = Date.now() + options.budgetMs;
  let next = 0;
  const canStart = () => next < items.length && Date.now() < deadline && !options.signal?.aborted;
  const worker = async () => {
    while (canStart()) {
      const item = items[next++];
      await options.run(item).catch(() => undefined);
    }
  };
  const count = Math.max(0, Math.min(options.limit, items.length));
  const done = Promise.all(Array.from({ length: count }, worker)).then(() => undefined);

  return { withinBudget: raceBudget(done, options.budgetMs), done };
}

function raceBudget(done: Promise<void>, budgetMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), budgetMs);
    timer.unref();
  });

  return Promise.race([done.then(() => true), expired]).finally(() => clearTimeout(timer));
}

/** Work a cycle stopped waiting for; `settle` waits for what is still running (on close). */
export class BackgroundWork {
  private readonly pending = new Set<Promise<unknown>>();

  keep(done: Promise<unknown>): void {
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }

  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
