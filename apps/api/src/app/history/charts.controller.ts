import { Controller, Get, Headers, Logger, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StorageChartsResponse } from '@pulse/contracts';
import type { Response } from 'express';

import { acceptsGzip } from '../../services/http/accepts-gzip';
import { sendJsonPieces } from '../../services/http/send-json-pieces';
import { chartsJsonPieces } from './charts-json';
import { ChartsService } from './charts.service';
import { ChartsQueryDto } from './dto/charts-query.dto';
import { StorageChartsQueryDto } from './dto/storage-charts-query.dto';

/** Chart history of guests, nodes and storage. */
@ApiTags('charts')
@Controller('api')
export class ChartsController {
  private readonly logger = new Logger(ChartsController.name);

  constructor(private readonly charts: ChartsService) {}

  /** Sent in pieces (and gzipped when the client takes it): every guest's answer is 20-35 MB. */
  @Get('charts')
  @ApiOkResponse({ description: 'Points per guest, node and storage for the range' })
  async chartsData(
    @Query() query: ChartsQueryDto,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const answer = this.charts.charts(query.range, query.id);
    const sent = await sendJsonPieces(res, chartsJsonPieces(answer), acceptsGzip(acceptEncoding));
    if (!sent) {
      this.logger.debug('The client went away before the charts were sent');
    }
  }

  @Get('storage-charts')
  @ApiOkResponse({ description: 'Usage, used, total and available bytes per storage' })
  storageCharts(@Query() query: StorageChartsQueryDto): StorageChartsResponse {
    return this.charts.storageCharts(query.range, query.id);
  }
}
