/** Time source for ticket renewal and endpoint cool-downs; tests pass a fake one. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The subset of Nest's Logger the clients use; lines never contain credentials. */
export interface UpstreamLogger {
  debug?(message: string): void;
  log?(message: string): void;
  warn?(message: string): void;
}

export const silentLogger: UpstreamLogger = {};
