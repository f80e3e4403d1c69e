import request from 'supertest';

import { ProbeModule } from '../../test/probe.module';
import { startTestApp, TestApp } from '../../test/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('X-Request-ID', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ imports: [ProbeModule] });
  });

  afterAll(() => testApp.close());

  it('keeps a well-formed incoming id', async () => {
    const res = await request(testApp.server)
      .get('/api/health')
      .set('X-Request-ID', 'client-42.retry_1');

    expect(res.headers['x-request-id']).toBe('client-42.retry_1');
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'hello world'],
    ['with a newline attempt', 'abc%0d%0aSet-Cookie:x'],
    ['with slashes', '../../etc'],
  ])('replaces an id %s with a UUID', async (_, incoming) => {
    const res = await request(testApp.server).get('/api/health').set('X-Request-ID', incoming);

    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('assigns a fresh UUID per request when none is sent', async () => {
    const first = await request(testApp.server).get('/api/health');
    const second = await request(testApp.server).get('/api/health');

    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it.each([
    ['an unknown API route', '/api/nope'],
    ['an error', '/api/probe/crash'],
    ['a page without a web build', '/settings'],
    ['the API docs', '/api/docs'],
  ])('is set on %s and matches the error body', async (_, path) => {
    const res = await request(testApp.server).get(path).set('X-Request-ID', 'trace-me');

    expect(res.headers['x-request-id']).toBe('trace-me');
    if (res.type === 'application/json') {
      expect(res.body.requestId).toBe('trace-me');
    }
  });
});
