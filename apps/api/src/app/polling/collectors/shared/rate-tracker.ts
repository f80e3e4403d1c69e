/** Cumulative I/O counters as PVE reports them (bytes since the guest started). */
export interface IoCounters {
  diskread?: number;
  diskwrite?: number;
  netin?: number;
  netout?: number;
}

/** Bytes per second, whole numbers, never negative. */
export interface IoRates {
  diskRead: number;
  diskWrite: number;
  networkIn: number;
  networkOut: number;
}

export const ZERO_RATES: Readonly<IoRates> = Object.freeze({
  diskRead: 0,
  diskWrite: 0,
  networkIn: 0,
  networkOut: 0,
});

interface Sample {
  at: number;
  counters: Required<IoCounters>;
  rates: IoRates;
  generation: number;
}

/** How long unchanged counters may repeat the last rates before an idle guest reads as 0. */
const DEFAULT_HOLD_MS = 25_000;

/**
 * Turns monotonic counters into rates per resource id. First sight gives 0; a counter that went
 * back (guest restarted or migrated) gives 0 for that counter. PVE refreshes the counters about
 * every 10 s, so counters that did not move yet repeat the last rates for a short while instead
 * of dropping to 0 and doubling on the next read.
 */
export class RateTracker {
  private readonly samples = new Map<string, Sample>();
  private generation = 0;

  constructor(private readonly holdMs = DEFAULT_HOLD_MS) {}

  get size(): number {
    return this.samples.size;
  }

  /** Starts a cycle; `endCycle` forgets every id that was not seen since. */
  beginCycle(): void {
    this.generation += 1;
  }

  endCycle(): void {
    for (const [id, sample] of this.samples) {
      if (sample.generation !== this.generation) {
        this.samples.delete(id);
      }
    }
  }

  rates(id: string, counters: IoCounters, at: number): IoRates {
    const current = complete(counters);
    const previous = this.samples.get(id);
    if (!previous) {
      this.samples.set(id, {
        at,
        counters: current,
        rates: ZERO_RATES,
        generation: this.generation,
      });

      return ZERO_RATES;
    }
    previous.generation = this.generation;
    const elapsedMs = at - previous.at;
    if (elapsedMs <= 0) {
      return previous.rates;
    }
    if (sameCounters(previous.counters, current)) {
      return elapsedMs <= this.holdMs ? previous.rates : ZERO_RATES;
    }
    const rates = ratesBetween(previous.counters, current, elapsedMs / 1000);
    this.samples.set(id, { at, counters: current, rates, generation: this.generation });

    return rates;
  }
}

function complete(counters: IoCounters): Required<IoCounters> {
  return {
    diskread: counters.diskread ?? 0,
    diskwrite: counters.diskwrite ?? 0,
    netin: counters.netin ?? 0,
    netout: counters.netout ?? 0,
  };
}

function sameCounters(a: Required<IoCounters>, b: Required<IoCounters>): boolean {
  return (
    a.diskread === b.diskread &&
    a.diskwrite === b.diskwrite &&
    a.netin === b.netin &&
    a.netout === b.netout
  );
}

function ratesBetween(
  before: Required<IoCounters>,
  after: Required<IoCounters>,
  seconds: number,
): IoRates {
  const rate = (from: number, to: number) => (to >= from ? Math.round((to - from) / seconds) : 0);

  return {
    diskRead: rate(before.diskread, after.diskread),
    diskWrite: rate(before.diskwrite, after.diskwrite),
    networkIn: rate(before.netin, after.netin),
    networkOut: rate(before.netout, after.netout),
  };
}
