import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

import { maskUrlSecrets } from './secret-masking';

interface SerializedRequest {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  remoteAddress?: string;
}

/** One debug line per finished request (warn for 5xx), with the request id on every line. */
export function createHttpLogger(root: Logger) {
  return pinoHttp({
    logger: root,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'warn' : 'debug'),
    customSuccessMessage: (req, res) => describe(req, res),
    customErrorMessage: (req, res) => describe(req, res),
    serializers: {
      req: (req: SerializedRequest) => ({
        method: req.method,
        url: maskUrlSecrets(req.url),
        headers: req.headers,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

function describe(req: IncomingMessage, res: ServerResponse): string {
  return `${req.method} ${maskUrlSecrets(req.url ?? '')} ${res.statusCode}`;
}
