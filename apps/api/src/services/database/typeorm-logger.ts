import { Logger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/** Sends TypeORM's migration notes, warnings and errors to our logger. */
export class TypeOrmLogAdapter implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Queries are not logged: they would flood the log.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error(
      { err: error instanceof Error ? error : new Error(error), query },
      'Query failed',
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, ms: time }, 'Slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') {
      this.logger.warn(String(message));
    } else {
      this.logger.debug(String(message));
    }
  }
}
