import type { HttpsOptions } from '@nestjs/common/interfaces/external/https-options.interface';
import { readFileSync } from 'node:fs';

import { ConfigError } from '../config/config.error';
import { ServerSettings } from '../config/sections/server.settings';

/** TLS key and certificate when HTTPS is enabled and both files are configured. */
export function readHttpsOptions(server: ServerSettings): HttpsOptions | undefined {
  if (!server.httpsEnabled || !server.tlsCertFile || !server.tlsKeyFile) {
    return undefined;
  }

  return {
    cert: readTlsFile('TLS_CERT_FILE', server.tlsCertFile),
    key: readTlsFile('TLS_KEY_FILE', server.tlsKeyFile),
  };
}

/** Like the original, HTTPS without both files falls back to HTTP; this says why. */
export function httpsFallbackWarning(server: ServerSettings): string | undefined {
  if (!server.httpsEnabled || (server.tlsCertFile && server.tlsKeyFile)) {
    return undefined;
  }

  return 'HTTPS_ENABLED is true but TLS_CERT_FILE and TLS_KEY_FILE are not both set; serving HTTP';
}

function readTlsFile(variable: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError([`${variable}=${JSON.stringify(path)} cannot be read (${reason})`]);
  }
}
