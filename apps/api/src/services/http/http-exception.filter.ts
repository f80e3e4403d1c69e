import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import { describeFailure, errorBody, Failure } from './error-response';
import { isUnmatched } from './route-match';

/** The one place that turns any error of an HTTP request into `{"error": "..."}`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const failure = describeFailure(exception, !isUnmatched(res));
    this.report(exception, failure, req);
    if (res.headersSent) {
      res.end();

      return;
    }
    res.status(failure.status).json(errorBody(failure, req.id?.toString()));
  }

  private report(exception: unknown, failure: Failure, req: Request): void {
    if (failure.status < 500) {
      return;
    }
    const err = exception instanceof Error ? exception : new Error(String(exception));
    const message = `${req.method} ${req.path} failed with ${failure.status}`;
    if (req.log) {
      req.log.error({ context: HttpExceptionFilter.name, err }, message);
    } else {
      this.logger.error({ err }, message);
    }
  }
}
