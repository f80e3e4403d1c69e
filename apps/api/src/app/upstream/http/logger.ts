/** The subset of Nest's Logger the clients use; lines never contain credentials. */
export interface UpstreamLogger {
  debug?(message: string): void;
  log?(message: string): void;
  warn?(message: string): void;
}

export const silentLogger: UpstreamLogger = {};
