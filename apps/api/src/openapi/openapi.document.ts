import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

import { readBuildInfo } from '../app/system/build-info';

export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs-json';

/** The committed document, relative to the workspace root. */
export const OPENAPI_FILE = 'apps/api/openapi.json';

/** The OpenAPI document, generated from the controllers and their DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const info = new DocumentBuilder()
    .setTitle('Pulse API')
    .setDescription('Monitoring for Proxmox VE, Proxmox Backup Server and Proxmox Mail Gateway.')
    .setVersion(readBuildInfo().version)
    .build();

  return SwaggerModule.createDocument(app, info);
}

/** Swagger UI at `/api/docs`, the JSON document at `/api/docs-json`. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'Pulse API',
  });
}

/** The committed form of the document: two-space JSON with a final newline. */
export function renderOpenApiJson(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
