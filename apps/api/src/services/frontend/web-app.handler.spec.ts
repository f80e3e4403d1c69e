import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';

import { makeTempDir, startTestApp, TestApp } from '../../test/test-app';
import { IMMUTABLE, NO_CACHE } from './cache-policy';

const INDEX = '<!doctype html><html><body><app-root></app-root></body></html>';

function buildWebApp(): string {
  const dir = makeTempDir('pulse-web-');
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'main-7VMVSGQ3.js'), 'console.log("main");');
  writeFileSync(join(dir, 'favicon.ico'), 'icon');
  writeFileSync(join(dir, '.hidden'), 'secret');
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'media', 'logo-ABCDEFGH.svg'), '<svg/>');

  return dir;
}

describe('the web app', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { PULSE_FRONTEND_DIR: buildWebApp() } });
  });

  afterAll(() => testApp.close());

  const http = () => request(testApp.server);

  it('serves index.html at / without caching', async () => {
    const res = await http().get('/').expect(200);

    expect(res.type).toBe('text/html');
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe(NO_CACHE);
  });

  it.each(['/settings/nodes', '/nodes/pve1.lan', '/index.html'])(
    'answers the deep link %s with index.html',
    async (path) => {
      const res = await http().get(path).expect(200);

      expect(res.text).toBe(INDEX);
      expect(res.headers['cache-control']).toBe(NO_CACHE);
    },
  );

  it('serves hashed assets as immutable', async () => {
    const res = await http().get('/main-7VMVSGQ3.js').set('X-Request-ID', 'asset-1').expect(200);

    expect(res.type).toBe('text/javascript');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['x-request-id']).toBe('asset-1');
    await http().get('/media/logo-ABCDEFGH.svg').expect('Cache-Control', IMMUTABLE);
  });

  it('lets other files revalidate', async () => {
    await http().get('/favicon.ico').expect(200).expect('Cache-Control', 'no-cache');
  });

  it('answers HEAD without a body', async () => {
    const res = await http().head('/').expect(200);

    expect(res.text).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(INDEX.length));
  });

  it('answers a missing asset with 404 instead of the page', async () => {
    const res = await http().get('/chunk-MISSING1.js').expect(404);

    expect(res.body).toMatchObject({ error: 'Not found' });
  });

  it.each(['/.hidden', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd'])(
    'never serves %s from outside or hidden files',
    async (path) => {
      const res = await http().get(path);

      expect(res.text).not.toContain('secret');
      expect(res.text).not.toContain('root:');
    },
  );

  it('never answers /api paths with the page', async () => {
    await http().get('/api').expect(404).expect('Content-Type', /json/);
    await http().get('/api/settings/nodes').expect(404).expect('Content-Type', /json/);
  });

  it('does not answer writes with the page', async () => {
    await http().post('/settings').send({}).expect(404).expect('Content-Type', /json/);
  });
});

describe('without a web build', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('answers pages with a short 503 text and keeps the API working', async () => {
    const res = await request(testApp.server).get('/').expect(503);

    expect(res.type).toBe('text/plain');
    expect(res.text).toContain('web app was not built');
    await request(testApp.server).get('/dashboard').expect(503);
    await request(testApp.server).get('/api/health').expect(200);
  });

  it('warns once', async () => {
    await request(testApp.server).get('/another/page').expect(503);

    const warnings = testApp.logs.find((entry) => /^No web app at/.test(String(entry['msg'])));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 'warn', context: 'WebApp' });
  });
});
