import {
  Body,
  Controller,
  Get,
  Logger,
  Module,
  NotFoundException,
  Param,
  Post,
  ServiceUnavailableException,
} from '@nestjs/common';
import { IsInt, IsString, Max, Min } from 'class-validator';

export class ProbeItemDto {
  @IsString()
  name!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  count!: number;
}

/** Test-only routes that exercise the HTTP pipeline: validation, errors, logging. */
@Controller('api/probe')
export class ProbeController {
  private readonly logger = new Logger(ProbeController.name);

  @Post('items')
  create(@Body() item: ProbeItemDto): ProbeItemDto {
    this.logger.log({ password: 'hunter2', item }, 'creating item');

    return item;
  }

  @Get('items/:id')
  find(@Param('id') id: string): { id: string } {
    if (id === 'missing') {
      throw new NotFoundException('Item missing was not found');
    }

    return { id };
  }

  @Get('crash')
  crash(): never {
    throw new Error('database password is hunter2 at /srv/secret/path');
  }

  @Get('unavailable')
  unavailable(): never {
    throw new ServiceUnavailableException({ message: 'Upstream is down', code: 'upstream_down' });
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
