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
    const previous = this.samples.get(id);
    if (!previous) {
      this.samples.set(id, {
        at,
        counters: complete(counters),
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
    if (sameCounters(previous.counters, counters)) {
      return elapsedMs <= this.holdMs ? previous.rates : ZERO_RATES;
    }
    // The sample is updated in place: it lives from one poll to the next, and a new one per
    // guest per poll is old-generation garbage at 10,000 guests.
    previous.rates = ratesBetween(previous.counters, counters, elapsedMs / 1000);
    previous.at = at;
    copyCounters(previous.counters, counters);

    return previous.rates;
  }
}

function complete(counters: IoCounters): Required<IoCounters> {
  return copyCounters({ diskread: 0, diskwrite: 0, netin: 0, netout: 0 }, counters);
}

function copyCounters(into: Required<IoCounters>, from: IoCounters): Required<IoCounters> {
  into.diskread = from.diskread ?? 0;
  into.diskwrite = from.diskwrite ?? 0;
  into.netin = from.netin ?? 0;
  into.netout = from.netout ?? 0;

  return into;
}

function sameCounters(a: Required<IoCounters>, b: IoCounters): boolean {
  return (
    a.diskread === (b.diskread ?? 0) &&
    a.diskwrite === (b.diskwrite ?? 0) &&
    a.netin === (b.netin ?? 0) &&
    a.netout === (b.netout ?? 0)
  );
}

function ratesBetween(before: Required<IoCounters>, after: IoCounters, seconds: number): IoRates {
  const rate = (from: number, to = 0) => (to >= from ? Math.round((to - from) / seconds) : 0);

  return {
    diskRead: rate(before.diskread, after.diskread),
    diskWrite: rate(before.diskwrite, after.diskwrite),
    networkIn: rate(before.netin, after.netin),
    networkOut: rate(before.netout, after.netout),
  };
}
