import { LogSink } from '../services/logging/root-logger';

/** Collects JSON log lines in memory so tests can look at them. */
export class LogCollector implements LogSink {
  readonly lines: string[] = [];

  write(text: string): void {
    this.lines.push(text);
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line));
  }

  find(predicate: (entry: Record<string, unknown>) => boolean): Record<string, unknown>[] {
    return this.entries().filter(predicate);
  }
}
