import { readFileSync } from 'node:fs';
import { get } from 'node:https';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { startTestApp } from '../../test/test-app';
import { ConfigError } from '../config/config.error';
import { ServerSettings } from '../config/sections/server.settings';
import { httpsFallbackWarning, readHttpsOptions } from './https-options';

const FIXTURES = join(__dirname, '../../test/fixtures/tls');
const CERT = join(FIXTURES, 'localhost.crt');
const KEY = join(FIXTURES, 'localhost.key');

function server(overrides: Partial<ServerSettings>): ServerSettings {
  return Object.assign(new ServerSettings(), overrides);
}

describe('HTTPS options', () => {
  it('are absent while HTTPS is off', () => {
    expect(readHttpsOptions(server({ tlsCertFile: CERT, tlsKeyFile: KEY }))).toBeUndefined();
    expect(httpsFallbackWarning(server({}))).toBeUndefined();
  });

  it('hold the key and certificate when HTTPS is on', () => {
    const options = readHttpsOptions(
      server({ httpsEnabled: true, tlsCertFile: CERT, tlsKeyFile: KEY }),
    );

    expect(options?.cert).toEqual(readFileSync(CERT));
    expect(options?.key).toEqual(readFileSync(KEY));
  });

  it('fall back to HTTP with a warning when a file is not configured', () => {
    const settings = server({ httpsEnabled: true, tlsCertFile: CERT });

    expect(readHttpsOptions(settings)).toBeUndefined();
    expect(httpsFallbackWarning(settings)).toMatch(/TLS_KEY_FILE are not both set; serving HTTP/);
  });

  it('name the variable of a file that cannot be read', () => {
    const settings = server({
      httpsEnabled: true,
      tlsCertFile: '/nonexistent/cert.pem',
      tlsKeyFile: KEY,
    });

    expect(() => readHttpsOptions(settings)).toThrow(ConfigError);
    expect(() => readHttpsOptions(settings)).toThrow(
      'TLS_CERT_FILE="/nonexistent/cert.pem" cannot be read (ENOENT)',
    );
  });
});

describe('the API over HTTPS', () => {
  it('answers /api/health with the configured certificate', async () => {
    const testApp = await startTestApp({
      env: { HTTPS_ENABLED: 'true', TLS_CERT_FILE: CERT, TLS_KEY_FILE: KEY },
    });
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = testApp.server.address() as AddressInfo;

    const status = await new Promise<number | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: '/api/health', ca: readFileSync(CERT) }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });

    expect(status).toBe(200);
    await testApp.close();
  });
});
