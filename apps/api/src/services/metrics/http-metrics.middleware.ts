import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { matchedRoutePattern } from '../http/route-match';
import { MetricsService } from './metrics.service';

/** Label for requests that matched no route; raw URLs never become labels. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Handlers that answer outside Nest's routes name themselves in `res.locals.routeLabel`. */
export function routeLabel(req: Request, res: Response): string {
  const own = res.locals['routeLabel'];
  if (typeof own === 'string') {
    return own;
  }

  return matchedRoutePattern(req, res) ?? UNMATCHED_ROUTE;
}

export function createHttpMetricsMiddleware(metrics: MetricsService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.recordRequest(req.method, routeLabel(req, res), res.statusCode, seconds);
    });
    next();
  };
}
