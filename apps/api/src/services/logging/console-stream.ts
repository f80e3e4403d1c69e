import { DestinationStream } from 'pino';

const LEVEL_WIDTH = 5;

/** A pino destination that prints each JSON log line as one readable line. */
export function consoleStream(out: { write(text: string): unknown }): DestinationStream {
  return { write: (line: string) => out.write(formatConsoleLine(line)) };
}

export function formatConsoleLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const { time, level, context, msg, err, ...fields } = entry;
  const head = [
    String(time ?? ''),
    String(level ?? '')
      .toUpperCase()
      .padEnd(LEVEL_WIDTH),
    context ? `[${String(context)}]` : '',
    String(msg ?? ''),
  ];
  const tail = Object.entries(fields).map(([key, value]) => `${key}=${formatValue(value)}`);
  const stack = errorStack(err);

  return `${[...head, ...tail].filter(Boolean).join(' ')}${stack ? `\n${stack}` : ''}\n`;
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function errorStack(err: unknown): string {
  if (!err || typeof err !== 'object') {
    return '';
  }
  const { stack, message } = err as { stack?: string; message?: string };

  return stack ?? message ?? '';
}
