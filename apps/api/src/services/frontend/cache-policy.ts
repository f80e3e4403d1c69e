import { basename } from 'node:path';

export const NO_CACHE = 'no-cache, no-store, must-revalidate';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Angular's build names hashed files like `main-7VMVSGQ3.js` or `chunk-2NQUDB2L.js`. */
const HASHED_NAME = /[-.][A-Za-z0-9]{8,}\.[a-z0-9]+$/;

export function cacheControlFor(filePath: string): string {
  const name = basename(filePath);
  if (name === 'index.html') {
    return NO_CACHE;
  }

  return HASHED_NAME.test(name) ? IMMUTABLE : REVALIDATE;
}
