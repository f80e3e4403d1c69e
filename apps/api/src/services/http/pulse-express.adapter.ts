import { ExpressAdapter } from '@nestjs/platform-express';
import type { RequestHandler } from 'express';

import { markUnmatched } from './route-match';

/**
 * Nest's Express adapter with one addition: handlers that run after every route and
 * before Nest's 404, which is where the web app's files and deep links are served.
 */
export class PulseExpressAdapter extends ExpressAdapter {
  private readonly fallbacks: RequestHandler[] = [];

  useFallback(handler: RequestHandler): void {
    this.fallbacks.push(handler);
  }

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  override setNotFoundHandler(handler: Function, prefix?: string) {
    this.use(markUnmatched);
    for (const fallback of this.fallbacks) {
      this.use(fallback);
    }

    return super.setNotFoundHandler(handler, prefix);
  }
}
