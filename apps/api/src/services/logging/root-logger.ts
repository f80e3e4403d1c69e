import pino, { DestinationStream, Logger } from 'pino';

import { LoggingSettings } from '../config/sections/logging.settings';
import { consoleStream } from './console-stream';
import { maskSecrets, REDACTED, REDACTED_PATHS } from './secret-masking';

/** Anything with a `write(line)` method, such as `process.stdout` or a test collector. */
export interface LogSink {
  write(text: string): unknown;
}

/** The one pino logger of the process; Nest's logger and the request logs are its children. */
export function createRootLogger(settings: LoggingSettings, sink?: LogSink): Logger {
  return pino(
    {
      level: settings.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      formatters: {
        level: (label) => ({ level: label }),
        log: maskSecrets,
      },
    },
    chooseDestination(settings, sink),
  );
}

function chooseDestination(settings: LoggingSettings, sink?: LogSink): DestinationStream {
  const useConsole =
    settings.format === 'console' || (settings.format === 'auto' && process.stdout.isTTY);
  if (useConsole) {
    return consoleStream(sink ?? process.stdout);
  }

  return sink ? { write: (line: string) => sink.write(line) } : pino.destination({ sync: true });
}
