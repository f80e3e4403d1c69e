import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';
import { CONTENT_SECURITY_POLICY } from './security-headers.middleware';

describe('security headers', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it.each(['/api/health', '/api/nope', '/', '/api/docs'])('are set on %s', async (path) => {
    const res = await request(testApp.server).get(path);

    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows only own scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
