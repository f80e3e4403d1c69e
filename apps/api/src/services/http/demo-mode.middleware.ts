import type { NextFunction, Request, Response } from 'express';

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const SESSION_PATHS = ['/api/login', '/api/logout', '/api/oidc/login', '/api/oidc/callback'];

/** `DEMO_MODE`: a read-only instance; only reads and signing in or out are allowed. */
export function demoModeMiddleware(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Demo-Mode', 'true');
  if (READ_METHODS.includes(req.method) || SESSION_PATHS.includes(req.path)) {
    next();

    return;
  }
  res.status(403).json({
    error: 'Demo mode enabled',
    message: 'This is a read-only demo instance. Modifications are disabled.',
    code: 'demo_mode',
    requestId: req.id,
  });
}
