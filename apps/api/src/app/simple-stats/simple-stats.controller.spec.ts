import request from 'supertest';

import { startTestApp, TestApp } from '../../test/test-app';

describe('GET /simple-stats', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('serves the page with a fresh nonce that its script and style carry', async () => {
    const first = await request(testApp.server).get('/simple-stats').expect(200);
    const second = await request(testApp.server).get('/simple-stats').expect(200);
    const nonce = /script-src 'nonce-([^']+)'/.exec(first.headers['content-security-policy'])?.[1];

    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(nonce).toBeDefined();
    expect(first.text).toContain(`<script nonce="${nonce}">`);
    expect(first.text).toContain(`<style nonce="${nonce}">`);
    expect(first.text).toContain("'/ws'");
    expect(second.headers['content-security-policy']).not.toBe(
      first.headers['content-security-policy'],
    );
  });
});
