import { applyDecorators } from '@nestjs/common';
import { isIP } from 'node:net';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

export function IsPort(options: { allowZero?: boolean } = {}): PropertyDecorator {
  const min = options.allowZero ? 0 : 1;
  const message = `must be a port number from ${min} to 65535`;

  return applyDecorators(IsInt({ message }), Min(min, { message }), Max(65535, { message }));
}

/** A port, or `null` when the listener is switched off. */
export function IsPortOrOff(): PropertyDecorator {
  const message = 'must be a port number from 0 to 65535, or off';

  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsInt({ message }),
    Min(0, { message }),
    Max(65535, { message }),
  );
}

export function IsFlag(): PropertyDecorator {
  return IsBoolean({ message: 'must be true or false (1/0, yes/no and on/off work too)' });
}

export function IsDurationMs(minMs = 0): PropertyDecorator {
  const message =
    `must be a duration of at least ${minMs / 1000}s: ` +
    'seconds, or a Go-style duration like 10s, 5m or 1h30m';

  return applyDecorators(IsInt({ message }), Min(minMs, { message }));
}

/** A duration, or `null` when the variable is unset and another source decides. */
export function IsOptionalDurationMs(minMs = 0): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsDurationMs(minMs),
  );
}

export function IsCount(min: number, max = Number.MAX_SAFE_INTEGER): PropertyDecorator {
  const message = `must be a whole number from ${min} to ${max}`;

  return applyDecorators(IsInt({ message }), Min(min, { message }), Max(max, { message }));
}

export function IsPercent(): PropertyDecorator {
  const message = 'must be a number from 0 to 100';

  return applyDecorators(IsNumber({}, { message }), Min(0, { message }), Max(100, { message }));
}

export function IsOneOf(values: readonly string[]): PropertyDecorator {
  return IsIn(values, { message: `must be one of: ${values.join(', ')}` });
}

export function IsOptionalText(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsString());
}

export function IsOptionalHttpUrl(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsUrl(
      { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
      { message: 'must be an http:// or https:// URL' },
    ),
  );
}

export function IsHost(): PropertyDecorator {
  return ValidateBy({
    name: 'isHost',
    validator: {
      validate: (value) =>
        typeof value === 'string' && (isIP(value) !== 0 || value === 'localhost'),
      defaultMessage: () => 'must be an IPv4 or IPv6 address (for example 0.0.0.0 or ::)',
    },
  });
}

export function isCidr(value: unknown): boolean {
  if (typeof value !== 'string') {
    return false;
  }
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }

  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Every entry must be an IP address or a CIDR range. */
export function IsCidrList(): PropertyDecorator {
  return ValidateBy({
    name: 'isCidrList',
    validator: {
      validate: (value) => Array.isArray(value) && value.every(isCidr),
      defaultMessage: () => 'must be a comma-separated list of IP addresses or CIDR ranges',
    },
  });
}
