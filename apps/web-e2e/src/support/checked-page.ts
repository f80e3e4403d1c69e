import { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { recordPageErrors } from './page-errors';

/** A page in its own browser context, with every uncaught or console error it logged. */
export interface CheckedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function openCheckedPage(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<CheckedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();

  return { context, page, errors: recordPageErrors(page) };
}

/** Closes the page's context (for `afterEach`) and fails the test if the page logged an error. */
export async function closeCheckedPage(opened: CheckedPage | undefined): Promise<void> {
  await opened?.context.close();
  expect(opened?.errors).toEqual([]);
}
