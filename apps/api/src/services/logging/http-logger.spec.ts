import request from 'supertest';

import { ProbeModule } from '../../test/probe.module';
import { startTestApp, TestApp } from '../../test/test-app';

describe('request logging', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ imports: [ProbeModule] });
  });

  afterAll(() => testApp.close());

  it('logs each request at debug level with its id and without secrets', async () => {
    await request(testApp.server)
      .get('/api/health?token=secret-query')
      .set('X-Request-ID', 'log-1')
      .set('Authorization', 'Bearer secret-bearer')
      .set('X-API-Token', 'secret-api-token')
      .set('Cookie', 'pulse_session=secret-cookie')
      .expect(200);

    const [entry] = testApp.logs.find((line) => line['requestId'] === 'log-1');
    expect(entry).toMatchObject({
      level: 'debug',
      msg: 'GET /api/health?token=[redacted] 200',
      req: {
        method: 'GET',
        headers: {
          authorization: '[redacted]',
          'x-api-token': '[redacted]',
          cookie: '[redacted]',
        },
      },
      res: { statusCode: 200 },
    });
    expect(testApp.logs.lines.join('')).not.toMatch(/secret-(query|bearer|api-token|cookie)/);
  });

  it('puts the request id and the class on lines written inside a request', async () => {
    await request(testApp.server)
      .post('/api/probe/items')
      .set('X-Request-ID', 'log-2')
      .send({ name: 'disk', count: 2 })
      .expect(201);

    const [entry] = testApp.logs.find((line) => line['msg'] === 'creating item');
    expect(entry).toMatchObject({
      level: 'info',
      requestId: 'log-2',
      context: 'ProbeController',
      password: '[redacted]',
      item: { name: 'disk', count: 2 },
    });
  });
});
