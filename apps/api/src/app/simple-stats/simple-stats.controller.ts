import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomBytes } from 'node:crypto';

import { simpleStatsPage } from './simple-stats.page';

/** `GET /simple-stats`: a tiny live page for a quick look without the web app. */
@ApiExcludeController()
@Controller('simple-stats')
export class SimpleStatsController {
  @Get()
  @Header('Cache-Control', 'no-store')
  page(@Res() res: Response): void {
    const nonce = randomBytes(16).toString('base64');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; ` +
        "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    res.type('html').send(simpleStatsPage(nonce));
  }
}
