import type { NextFunction, Request, RequestHandler, Response } from 'express';

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Authorization, X-API-Token, X-CSRF-Token';
const EXPOSED_HEADERS = 'X-CSRF-Token, X-Authenticated-User, X-Auth-Method, X-Request-ID';

/**
 * CORS for `ALLOWED_ORIGINS` (none by default, `*` for any). Every `OPTIONS` request is
 * answered here with 204, as the original did before any authentication.
 */
export function createCorsMiddleware(allowedOrigins: string[]): RequestHandler {
  const anyOrigin = allowedOrigins.includes('*');

  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('Origin');
    const allowed = anyOrigin || (origin !== undefined && allowedOrigins.includes(origin));
    if (allowed) {
      setCorsHeaders(res, anyOrigin ? '*' : (origin as string));
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();

      return;
    }
    next();
  };
}

function setCorsHeaders(res: Response, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (origin !== '*') {
    res.append('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
  res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}
