// Container health probe: exit 0 when GET /api/health answers 200 with status "healthy".
// Slim images have no curl, so the image's HEALTHCHECK runs this file with node.
'use strict';

const http = require('node:http');
const https = require('node:https');

const TIMEOUT_MS = 4000;
const WILDCARD_ADDRESSES = new Set(['', '0.0.0.0', '::', '[::]']);

function target(env) {
  const bind = (env.BIND_ADDRESS ?? '').trim();
  const tlsWanted = ['true', '1'].includes(env.HTTPS_ENABLED ?? '');

  return {
    host: WILDCARD_ADDRESSES.has(bind) ? '127.0.0.1' : bind,
    port: Number(env.FRONTEND_PORT || env.PORT || 7655),
    tls: tlsWanted && Boolean(env.TLS_CERT_FILE) && Boolean(env.TLS_KEY_FILE),
  };
}

function checkHealth({ host, port, tls }) {
  const client = tls ? https : http;
  const options = { host, port, path: '/api/health', timeout: TIMEOUT_MS };

  return new Promise((resolve, reject) => {
    // The server's own certificate is often self-signed; this probe only talks to itself.
    const request = client.get({ ...options, rejectUnauthorized: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)));
    request.on('error', reject);
  });
}

function isHealthy({ status, body }) {
  try {
    return status === 200 && JSON.parse(body).status === 'healthy';
  } catch {
    return false;
  }
}

checkHealth(target(process.env)).then(
  (answer) => {
    if (!isHealthy(answer)) {
      console.error(`unhealthy: HTTP ${answer.status} ${answer.body.slice(0, 200)}`);
      process.exitCode = 1;
    }
  },
  (error) => {
    console.error(`unhealthy: ${error.message}`);
    process.exitCode = 1;
  },
);
