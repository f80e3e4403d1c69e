import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorResponse } from '@pulse/contracts';

export interface Failure {
  status: number;
  message: string;
  code: string;
}

const CODES: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: 'bad_request',
  [HttpStatus.UNAUTHORIZED]: 'unauthorized',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not_found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'method_not_allowed',
  [HttpStatus.CONFLICT]: 'conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload_too_large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported_media_type',
  [HttpStatus.TOO_MANY_REQUESTS]: 'rate_limited',
  [HttpStatus.INTERNAL_SERVER_ERROR]: 'internal_error',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'service_unavailable',
};

const INTERNAL_ERROR: Failure = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  message: 'Internal server error',
  code: 'internal_error',
};

/**
 * What the client may learn about a failure. Only `HttpException`s carry their message
 * out; anything else is an internal error whose details stay in the log.
 * Throw `new XxxException({ message, code })` to choose the `code` yourself.
 */
export function describeFailure(exception: unknown, routeMatched: boolean): Failure {
  if (!(exception instanceof HttpException)) {
    return INTERNAL_ERROR;
  }
  const status = exception.getStatus();
  if (status === HttpStatus.NOT_FOUND && !routeMatched) {
    return { status, message: 'Not found', code: 'not_found' };
  }
  const response = exception.getResponse();

  return {
    status,
    message: messageOf(response) ?? exception.message,
    code: codeOf(response) ?? CODES[status] ?? `http_${status}`,
  };
}

export function errorBody(failure: Failure, requestId: string | undefined): ErrorResponse {
  return { error: failure.message, code: failure.code, requestId };
}

function messageOf(response: string | object): string | undefined {
  if (typeof response === 'string') {
    return response;
  }
  const { message } = response as { message?: unknown };
  if (Array.isArray(message)) {
    return message.join('; ');
  }

  return typeof message === 'string' ? message : undefined;
}

function codeOf(response: string | object): string | undefined {
  const code = typeof response === 'object' ? (response as { code?: unknown }).code : undefined;

  return typeof code === 'string' ? code : undefined;
}
