import request from 'supertest';

import { ProbeModule } from '../../test/probe.module';
import { startTestApp, TestApp } from '../../test/test-app';

describe('errors over HTTP', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ imports: [ProbeModule] });
  });

  afterAll(() => testApp.close());

  const http = () => request(testApp.server);

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await http().get('/api/does-not-exist').expect(404);

    expect(res.type).toBe('application/json');
    expect(res.body).toEqual({
      error: 'Not found',
      code: 'not_found',
      requestId: res.headers['x-request-id'],
    });
  });

  it('answers an unknown method on a known route with a JSON 404', async () => {
    const res = await http().delete('/api/health').expect(404);

    expect(res.body.error).toBe('Not found');
  });

  it('answers malformed JSON with 400', async () => {
    const res = await http()
      .post('/api/probe/items')
      .set('Content-Type', 'application/json')
      .send('{"name": "a",')
      .expect(400);

    expect(res.body).toMatchObject({
      error: 'Malformed JSON in request body',
      code: 'bad_request',
    });
  });

  it('answers a body over 1 MB with a JSON 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(1_100_000), count: 1 });

    const res = await http()
      .post('/api/probe/items')
      .set('Content-Type', 'application/json')
      .send(huge)
      .expect(413);

    expect(res.body).toMatchObject({
      error: 'Request body is larger than 1mb',
      code: 'payload_too_large',
    });
  });

  it('accepts a valid body', async () => {
    const res = await http().post('/api/probe/items').send({ name: 'disk', count: 3 }).expect(201);

    expect(res.body).toEqual({ name: 'disk', count: 3 });
  });

  it('rejects unknown properties and wrong types with a readable 400', async () => {
    const res = await http()
      .post('/api/probe/items')
      .send({ name: 7, count: 11, extra: true })
      .expect(400);

    expect(res.body.code).toBe('validation_failed');
    expect(res.body.error).toBe(
      'property extra should not exist; name must be a string; count must not be greater than 10',
    );
  });

  it('hides the details of an unexpected error and logs them with the stack', async () => {
    const res = await http().get('/api/probe/crash').set('X-Request-ID', 'crash-1').expect(500);

    expect(res.body).toEqual({
      error: 'Internal server error',
      code: 'internal_error',
      requestId: 'crash-1',
    });
    expect(res.text).not.toContain('hunter2');
    const [logged] = testApp.logs.find((entry) => entry['level'] === 'error');
    expect(logged).toMatchObject({
      requestId: 'crash-1',
      context: 'HttpExceptionFilter',
      msg: 'GET /api/probe/crash failed with 500',
    });
    expect((logged['err'] as { stack: string }).stack).toMatch(/probe\.module\.ts/);
  });

  it('passes the message and code of an intended 5xx through', async () => {
    const res = await http().get('/api/probe/unavailable').expect(503);

    expect(res.body).toMatchObject({ error: 'Upstream is down', code: 'upstream_down' });
  });

  it('keeps the message of a 404 thrown by a route', async () => {
    await http().get('/api/probe/items/7').expect(200, { id: '7' });
    const res = await http().get('/api/probe/items/missing').expect(404);

    expect(res.body).toMatchObject({ error: 'Item missing was not found', code: 'not_found' });
  });

  it('treats a trailing slash like the path without it', async () => {
    const res = await http().get('/api/health/').expect(200);

    expect(res.body.status).toBe('healthy');
  });
});
