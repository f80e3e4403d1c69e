import { Page } from 'playwright-core';

/** Collects uncaught errors and console errors (CSP violations land there) of a page. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];

  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });

  return errors;
}
