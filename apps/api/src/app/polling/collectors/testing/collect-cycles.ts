import type { CollectResult, InstanceCollector } from '../collector.types';

export type CollectNext = (
  collector: InstanceCollector,
  includeSlow?: boolean,
) => Promise<CollectResult>;

/**
 * Runs one collector cycle at a time as the scheduler would: the time now, the next cycle
 * number and a signal nobody aborts. Slow data is read unless `includeSlow` is false.
 */
export function collectCycles(): CollectNext {
  let cycle = 0;

  return (collector, includeSlow = true) =>
    collector.collect({
      now: Date.now(),
      cycle: cycle++,
      includeSlow,
      signal: new AbortController().signal,
    });
}
