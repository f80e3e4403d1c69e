import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';

import { HttpExceptionFilter } from './http-exception.filter';
import { ShutdownGrace } from './shutdown-grace.service';
import { StrictValidationPipe } from './strict-validation.pipe';

/** The global exception filter and validation pipe, and the bounded shutdown wait. */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
    { provide: APP_PIPE, useClass: StrictValidationPipe },
    ShutdownGrace,
  ],
})
export class HttpModule {}
