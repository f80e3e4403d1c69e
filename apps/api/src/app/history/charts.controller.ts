import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ChartsResponse, StorageChartsResponse } from '@pulse/contracts';

import { ChartsService } from './charts.service';
import { ChartsQueryDto } from './dto/charts-query.dto';
import { StorageChartsQueryDto } from './dto/storage-charts-query.dto';

/** Chart history of guests, nodes and storage. */
@ApiTags('charts')
@Controller('api')
export class ChartsController {
  constructor(private readonly charts: ChartsService) {}

  @Get('charts')
  @ApiOkResponse({ description: 'Points per guest, node and storage for the range' })
  chartsData(@Query() query: ChartsQueryDto): ChartsResponse {
    return this.charts.charts(query.range, query.id);
  }

  @Get('storage-charts')
  @ApiOkResponse({ description: 'Usage, used, total and available bytes per storage' })
  storageCharts(@Query() query: StorageChartsQueryDto): StorageChartsResponse {
    return this.charts.storageCharts(query.range, query.id);
  }
}
