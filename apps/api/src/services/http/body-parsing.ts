import {
  BadRequestException,
  HttpException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Largest request body accepted, JSON or form. Agents' reports fit well below it. */
export const MAX_BODY_SIZE = '1mb';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** JSON and form bodies up to {@link MAX_BODY_SIZE}; parser failures become HTTP errors. */
export function useBodyParsers(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: MAX_BODY_SIZE });
  app.useBodyParser('urlencoded', { limit: MAX_BODY_SIZE, extended: false });
  app.use(translateBodyParserErrors);
}

function translateBodyParserErrors(
  error: unknown,
  _req: Request,
  _res: Response,
  next: NextFunction,
): void {
  next(toHttpException(error as BodyParserError) ?? error);
}

function toHttpException(error: BodyParserError): HttpException | undefined {
  switch (error?.type) {
    case 'entity.parse.failed':
      return new BadRequestException('Malformed JSON in request body');
    case 'entity.too.large':
      return new PayloadTooLargeException(`Request body is larger than ${MAX_BODY_SIZE}`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new UnsupportedMediaTypeException('Unsupported request body encoding');
    case 'request.aborted':
      return new BadRequestException('Request body was not received completely');
    default:
      return error?.status === 400 ? new BadRequestException('Invalid request body') : undefined;
  }
}
