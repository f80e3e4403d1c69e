import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { setupOpenApi } from '../../openapi/openapi.document';
import { PulseConfig } from '../config/pulse-config';
import { createWebAppHandler } from '../frontend/web-app.handler';
import { useBodyParsers } from '../http/body-parsing';
import { createCorsMiddleware } from '../http/cors.middleware';
import { demoModeMiddleware } from '../http/demo-mode.middleware';
import { PulseExpressAdapter } from '../http/pulse-express.adapter';
import { requestIdMiddleware } from '../http/request-id.middleware';
import { securityHeadersMiddleware } from '../http/security-headers.middleware';
import { createHttpLogger } from '../logging/http-logger';
import { ROOT_LOGGER } from '../logging/logging.module';
import { createHttpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { MetricsService } from '../metrics/metrics.service';

/**
 * The Express pipeline, outermost first: request id, security headers, metrics, request
 * log, CORS, demo mode, body parsing; then Nest's routes, then the web app, then 404.
 */
export function configurePulseApp(
  app: NestExpressApplication,
  adapter: PulseExpressAdapter,
  config: PulseConfig,
): void {
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.disable('x-powered-by');
  app.set(
    'trust proxy',
    config.auth.trustedProxyCidrs.length ? config.auth.trustedProxyCidrs : false,
  );
  app.use(requestIdMiddleware);
  app.use(securityHeadersMiddleware);
  app.use(createHttpMetricsMiddleware(app.get(MetricsService)));
  app.use(createHttpLogger(app.get(ROOT_LOGGER)));
  app.use(createCorsMiddleware(config.server.allowedOrigins));
  if (config.runtime.demoMode) {
    app.use(demoModeMiddleware);
  }
  useBodyParsers(app);
  setupOpenApi(app);
  adapter.useFallback(createWebAppHandler(config.server.frontendDir));
}
