import request from 'supertest';

import { ProbeModule } from '../../test/probe.module';
import { startTestApp, TestApp } from '../../test/test-app';

describe('DEMO_MODE', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { DEMO_MODE: 'true' }, imports: [ProbeModule] });
  });

  afterAll(() => testApp.close());

  it('marks responses and allows reads', async () => {
    const res = await request(testApp.server).get('/api/health').expect(200);

    expect(res.headers['x-demo-mode']).toBe('true');
  });

  it('refuses changes with 403', async () => {
    const res = await request(testApp.server)
      .post('/api/probe/items')
      .send({ name: 'x', count: 1 })
      .expect(403);

    expect(res.body).toMatchObject({
      error: 'Demo mode enabled',
      message: 'This is a read-only demo instance. Modifications are disabled.',
    });
  });

  it('still lets people sign in', async () => {
    const res = await request(testApp.server).post('/api/login').send({});

    expect(res.status).not.toBe(403);
  });
});
