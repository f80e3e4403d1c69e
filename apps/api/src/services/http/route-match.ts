import type { NextFunction, Request, Response } from 'express';

const UNMATCHED = 'pulseUnmatched';

/**
 * Runs after every route (see PulseExpressAdapter): a request that gets here matched no
 * route. `req.route` alone cannot tell, because Nest's middleware are routes too.
 */
export function markUnmatched(_req: Request, res: Response, next: NextFunction): void {
  res.locals[UNMATCHED] = true;
  next();
}

export function isUnmatched(res: Response): boolean {
  return res.locals[UNMATCHED] === true;
}

/** The pattern of the route that answered (`/api/storage/:id`), if a route did. */
export function matchedRoutePattern(req: Request, res: Response): string | undefined {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;

  return !isUnmatched(res) && typeof pattern === 'string' ? pattern : undefined;
}
