import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { acceptsGzip } from '../../services/http/accepts-gzip';
import { StateStore } from './state-store.service';

/**
 * `GET /api/state`: the cached bytes of the current state, gzip'd once for clients that ask;
 * clients that keep asking get each new version made ahead of their request.
 */
@ApiTags('state')
@Controller('api/state')
export class StateController {
  constructor(private readonly store: StateStore) {}

  @Get()
  @ApiOperation({ summary: 'Everything monitored right now, in one document' })
  @ApiOkResponse({ description: 'The StateSnapshot of the contracts; every key always present' })
  state(
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): void {
    const gzip = acceptsGzip(acceptEncoding);
    const state = this.store.serialized({ gzip });
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', state.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (ifNoneMatch === state.etag) {
      res.status(304).end();

      return;
    }
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(state.gzip());

      return;
    }
    res.end(state.body);
  }
}
