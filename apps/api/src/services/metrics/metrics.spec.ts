import { request as httpRequest } from 'node:http';
import request from 'supertest';

import { ProbeModule } from '../../test/probe.module';
import { startTestApp, TestApp } from '../../test/test-app';
import { MetricsListener } from './metrics-listener.service';

function sampleValue(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${name}{${labels}}`));

  return line ? Number(line.split(' ').pop()) : undefined;
}

describe('metrics on /api/metrics', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ imports: [ProbeModule] });
  });

  afterAll(() => testApp.close());

  const scrape = async () => (await request(testApp.server).get('/api/metrics').expect(200)).text;

  it('serves the Prometheus text format with the default process metrics', async () => {
    const res = await request(testApp.server).get('/api/metrics').expect(200);

    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.text).toContain('# TYPE pulse_process_cpu_user_seconds_total counter');
    expect(res.text).toContain('pulse_nodejs_heap_size_total_bytes');
  });

  it('counts a request under its route pattern, not its URL', async () => {
    await request(testApp.server).get('/api/probe/items/41').expect(200);
    await request(testApp.server).get('/api/probe/items/42').expect(200);

    const text = await scrape();

    expect(
      sampleValue(
        text,
        'pulse_http_requests_total',
        'method="GET",route="/api/probe/items/:id",status="200"',
      ),
    ).toBe(2);
    expect(text).not.toContain('/api/probe/items/41');
    expect(
      sampleValue(
        text,
        'pulse_http_request_duration_seconds_count',
        'method="GET",route="/api/probe/items/:id",status="200"',
      ),
    ).toBe(2);
  });

  it('labels unknown routes as unmatched and counts errors by status class', async () => {
    await request(testApp.server).get('/api/no/such/thing/1').expect(404);
    await request(testApp.server).get('/api/no/such/thing/2').expect(404);
    await request(testApp.server).get('/api/probe/crash').expect(500);

    const text = await scrape();

    expect(
      sampleValue(text, 'pulse_http_requests_total', 'method="GET",route="unmatched",status="404"'),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sampleValue(
        text,
        'pulse_http_request_errors_total',
        'method="GET",route="/api/probe/crash",status_class="5xx"',
      ),
    ).toBe(1);
    expect(text).not.toContain('/api/no/such');
  });

  it('labels the web app pages as one route', async () => {
    await request(testApp.server).get('/settings/nodes').expect(503);

    expect(
      sampleValue(
        await scrape(),
        'pulse_http_requests_total',
        'method="GET",route="web-app",status="503"',
      ),
    ).toBe(1);
  });
});

describe('the separate metrics listener', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { PULSE_METRICS_PORT: '0', BIND_ADDRESS: '127.0.0.1' },
    });
  });

  afterAll(() => testApp.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; requestId?: string }>((resolve, reject) => {
      const port = testApp.app.get(MetricsListener).port;
      httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        const requestId = res.headers['x-request-id'] as string | undefined;
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, requestId }));
      })
        .on('error', reject)
        .end();
    });

  it('listens on a free port when asked for port 0 and serves /metrics', async () => {
    await request(testApp.server).get('/api/health').expect(200);

    const res = await get('/metrics');

    expect(testApp.app.get(MetricsListener).port).toBeGreaterThan(0);
    expect(res.status).toBe(200);
    expect(
      sampleValue(
        res.body,
        'pulse_http_requests_total',
        'method="GET",route="/api/health",status="200"',
      ),
    ).toBe(1);
  });

  it('answers 404 for anything else', async () => {
    expect((await get('/')).status).toBe(404);
  });

  it('sets X-Request-ID on its answers too, keeping a well-formed incoming one', async () => {
    const kept = await get('/metrics', { 'X-Request-ID': 'scrape-7' });
    const fresh = await get('/nope');

    expect(kept.requestId).toBe('scrape-7');
    expect(fresh.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is off with PULSE_METRICS_PORT=off', async () => {
    const quiet = await startTestApp();

    expect(quiet.app.get(MetricsListener).port).toBeUndefined();
    await quiet.close();
  });
});
