import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';

describe('CORS', () => {
  describe('without ALLOWED_ORIGINS', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await startTestApp();
    });

    afterAll(() => testApp.close());

    it('sends no CORS headers', async () => {
      const res = await request(testApp.server)
        .get('/api/health')
        .set('Origin', 'https://elsewhere.example');

      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('answers OPTIONS with an empty 204', async () => {
      const res = await request(testApp.server).options('/api/anything').expect(204);

      expect(res.text).toBe('');
    });
  });

  describe('with ALLOWED_ORIGINS', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await startTestApp({ env: { ALLOWED_ORIGINS: 'https://dash.example' } });
    });

    afterAll(() => testApp.close());

    it('allows a listed origin', async () => {
      const res = await request(testApp.server)
        .options('/api/health')
        .set('Origin', 'https://dash.example')
        .expect(204);

      expect(res.headers).toMatchObject({
        'access-control-allow-origin': 'https://dash.example',
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
        vary: 'Origin',
      });
    });

    it('ignores an unlisted origin', async () => {
      const res = await request(testApp.server)
        .get('/api/health')
        .set('Origin', 'https://evil.example')
        .expect(200);

      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
