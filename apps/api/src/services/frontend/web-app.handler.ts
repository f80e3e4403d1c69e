import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

import { cacheControlFor, NO_CACHE } from './cache-policy';

export const WEB_APP_ROUTE_LABEL = 'web-app';

/** Missing files with these extensions answer 404 instead of the app's index.html. */
const ASSET_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.css',
  '.map',
  '.json',
  '.txt',
  '.ico',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.webp',
  '.woff',
  '.woff2',
  '.ttf',
  '.webmanifest',
  '.html',
]);

/**
 * Serves the built web app after all routes: its files, and `index.html` for any other
 * page path so that deep links work. `/api/...` never reaches the app. Without a web build
 * every page answers 503 with a short explanation, while the API keeps working.
 */
export function createWebAppHandler(frontendDir: string): RequestHandler {
  const logger = new Logger('WebApp');
  const indexFile = join(frontendDir, 'index.html');
  let built = false;
  let warned = false;

  const isBuilt = () => {
    built ||= existsSync(indexFile);
    if (!built && !warned) {
      warned = true;
      logger.warn(`No web app at ${frontendDir}; pages answer 503 until it is built`);
    }

    return built;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (!isPagePath(req)) {
      next();

      return;
    }
    res.locals['routeLabel'] = WEB_APP_ROUTE_LABEL;
    if (!isBuilt()) {
      sendNotBuilt(res);

      return;
    }
    serve(frontendDir, req, res, next).catch(next);
  };
}

function isPagePath(req: Request): boolean {
  const readOnly = req.method === 'GET' || req.method === 'HEAD';

  return readOnly && req.path !== '/api' && !req.path.startsWith('/api/');
}

async function serve(root: string, req: Request, res: Response, next: NextFunction) {
  const file = await findFile(root, req.path);
  if (file) {
    sendFile(res, file, next);

    return;
  }
  if (ASSET_EXTENSIONS.has(extname(req.path).toLowerCase())) {
    next();

    return;
  }
  sendFile(res, join(root, 'index.html'), next);
}

async function findFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodePath(urlPath);
  if (decoded === undefined) {
    return undefined;
  }
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  const hidden = relative.split(sep).some((part) => part.startsWith('.'));
  if (relative === '' || hidden) {
    return undefined;
  }
  const candidate = join(root, relative);
  const stats = await stat(candidate).catch(() => undefined);

  return stats?.isFile() ? candidate : undefined;
}

function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

function sendFile(res: Response, file: string, next: NextFunction): void {
  res.setHeader('Cache-Control', cacheControlFor(file));
  res.sendFile(file, { cacheControl: false, dotfiles: 'allow' }, (error) => {
    if (error && !res.headersSent) {
      next(error);
    }
  });
}

function sendNotBuilt(res: Response): void {
  res
    .status(503)
    .setHeader('Cache-Control', NO_CACHE)
    .type('text/plain')
    .send(
      'The Pulse web app was not built, so there is no page to show.\n' +
        'Build it with "npx nx run web:build" or point PULSE_FRONTEND_DIR at a built copy.\n' +
        'The API under /api keeps working.\n',
    );
}
