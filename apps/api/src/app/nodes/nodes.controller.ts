import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NodeResponse, NodeTestResponse, NodeWriteResponse } from '@pulse/contracts';
import type { Response } from 'express';

import { RefuseInMockMode } from '../mock/mock-mode.guard';
import { MockModeService } from '../mock/mock-mode.service';
import { NodeConfigDto, UpdateNodeDto } from './dto/node-config.dto';
import { NodeIdParam } from './dto/node-id.param';
import { NodesService } from './nodes.service';

/** Node management: the PVE, PBS and PMG instances Pulse monitors. */
@ApiTags('nodes')
@Controller('api/config/nodes')
export class NodesController {
  constructor(
    private readonly nodes: NodesService,
    private readonly mockMode: MockModeService,
  ) {}

  /** In mock mode the synthetic instances instead of the stored ones. */
  @Get()
  @ApiOkResponse({ description: 'Every configured node, without secrets' })
  async list(): Promise<NodeResponse[]> {
    return this.mockMode.nodeEntries() ?? this.nodes.list();
  }

  @Post()
  @UseGuards(RefuseInMockMode)
  async create(@Body() body: NodeConfigDto): Promise<NodeWriteResponse> {
    const node = await this.nodes.create(body);

    return { status: 'success', id: node.id };
  }

  @Post('test-connection')
  @HttpCode(200)
  testConnection(
    @Body() body: NodeConfigDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NodeTestResponse> {
    return withStatus(res, this.nodes.testConfig(body));
  }

  @Post('test-config')
  @HttpCode(200)
  testConfig(
    @Body() body: NodeConfigDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NodeTestResponse> {
    return withStatus(res, this.nodes.testConfig(body));
  }

  @Post(':id/test')
  @HttpCode(200)
  test(
    @Param() { id }: NodeIdParam,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NodeTestResponse> {
    return withStatus(res, this.nodes.testStored(id));
  }

  @Put(':id')
  @UseGuards(RefuseInMockMode)
  async update(
    @Param() { id }: NodeIdParam,
    @Body() body: UpdateNodeDto,
  ): Promise<NodeWriteResponse> {
    await this.nodes.update(id, body);

    return { status: 'success', id };
  }

  @Delete(':id')
  @UseGuards(RefuseInMockMode)
  async remove(@Param() { id }: NodeIdParam): Promise<NodeWriteResponse> {
    await this.nodes.remove(id);

    return { status: 'success' };
  }
}

/** A failed test answers 400 with the same body shape, so the UI can show why. */
async function withStatus(
  res: Response,
  result: Promise<NodeTestResponse>,
): Promise<NodeTestResponse> {
  const response = await result;
  if (response.status === 'error') {
    res.status(400);
  }

  return response;
}
