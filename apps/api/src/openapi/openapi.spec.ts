import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';

import { startTestApp, TestApp } from '../test/test-app';
import { buildOpenApiDocument, OPENAPI_FILE, renderOpenApiJson } from './openapi.document';

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

describe('OpenAPI document', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('matches the committed apps/api/openapi.json (run `npx nx run api:openapi`)', () => {
    const committed = readFileSync(resolve(WORKSPACE_ROOT, OPENAPI_FILE), 'utf8');

    expect(renderOpenApiJson(buildOpenApiDocument(testApp.app))).toBe(committed);
  });

  it('describes the health and version answers', () => {
    const { components, paths } = buildOpenApiDocument(testApp.app);

    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/health', '/api/version']));
    expect(components?.schemas?.['HealthResponseDto']).toMatchObject({
      required: ['status', 'timestamp', 'uptime', 'proxyInstallScriptAvailable'],
    });
    expect(Object.keys(components?.schemas?.['VersionResponseDto'] ?? {})).toContain('properties');
  });

  it('serves the document at /api/docs-json and the UI at /api/docs', async () => {
    const json = await request(testApp.server).get('/api/docs-json').expect(200);
    const ui = await request(testApp.server).get('/api/docs').expect(200);

    expect(json.body.info.title).toBe('Pulse API');
    expect(ui.type).toBe('text/html');
    expect(ui.text).toContain('swagger-ui');
  });
});
