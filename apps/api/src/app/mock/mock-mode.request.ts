import { BadRequestException } from '@nestjs/common';

import { StrictValidationPipe } from '../../services/http/strict-validation.pipe';
import {
  MOCK_CONFIG_KEYS,
  MOCK_REQUEST_KEYS,
  MockModeRequestDto,
} from './dto/mock-mode-request.dto';

const pipe = new StrictValidationPipe();

/**
 * Validates a mock-mode request. Keys match case-insensitively (the original decoded JSON the
 * Go way), so the PascalCase config that GET answers can be sent back as it is.
 */
export async function parseMockModeRequest(body: unknown): Promise<MockModeRequestDto> {
  if (!isObject(body)) {
    throw new BadRequestException('Request body must be a JSON object');
  }
  const request = canonicalKeys(body, MOCK_REQUEST_KEYS);
  if (isObject(request['config'])) {
    request['config'] = canonicalKeys(request['config'], MOCK_CONFIG_KEYS);
  }

  return pipe.transform(request, { type: 'body', metatype: MockModeRequestDto });
}

function canonicalKeys(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const byLowerCase = new Map(keys.map((key) => [key.toLowerCase(), key]));

  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [byLowerCase.get(key.toLowerCase()) ?? key, item]),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
