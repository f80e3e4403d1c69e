import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MockModeStatus } from '@pulse/contracts';

import { MockModeRequestDto } from './dto/mock-mode-request.dto';
import { MockModeService } from './mock-mode.service';
import { parseMockModeRequest } from './mock-mode.request';

// TODO: require an admin (settings:read for GET, settings:write for POST/PUT) once the auth
// feature exists; until then these routes are open like the rest of the API.
@ApiTags('system')
@Controller('api/system/mock-mode')
export class MockModeController {
  constructor(private readonly mockMode: MockModeService) {}

  @Get()
  @ApiOperation({ summary: 'Whether mock mode is on, with its config (PascalCase keys).' })
  @ApiOkResponse({ description: '`{"enabled": bool, "config": {...}}`' })
  status(): MockModeStatus {
    return this.mockMode.status();
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Switch mock mode and change its config.' })
  @ApiBody({ type: MockModeRequestDto })
  @ApiOkResponse({ description: 'The new status, as GET answers it.' })
  async update(@Body() body: unknown): Promise<MockModeStatus> {
    return this.mockMode.update(await parseMockModeRequest(body));
  }

  @Put()
  @ApiOperation({ summary: 'Same as POST.' })
  @ApiBody({ type: MockModeRequestDto })
  @ApiOkResponse({ description: 'The new status, as GET answers it.' })
  async replace(@Body() body: unknown): Promise<MockModeStatus> {
    return this.mockMode.update(await parseMockModeRequest(body));
  }
}
