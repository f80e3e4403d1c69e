/** Time source for ticket renewal and endpoint cool-downs; tests pass a fake one. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
