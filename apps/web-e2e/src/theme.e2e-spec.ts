import { Browser, Page } from 'playwright-core';
import { baseUrl, launchChromium, screenshotPath } from './support/browser';
import { CheckedPage, closeCheckedPage, openCheckedPage } from './support/checked-page';

const currentTheme = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'));

const storedChoice = (page: Page) => page.evaluate(() => localStorage.getItem('pulse-theme'));

describe('light and dark themes', () => {
  let browser: Browser;
  let opened: CheckedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  async function openWithOsScheme(colorScheme: 'light' | 'dark', path = '/dashboard') {
    opened = await openCheckedPage(browser, {
      colorScheme,
      viewport: { width: 1280, height: 720 },
    });
    ({ page } = opened);
    await page.goto(`${baseUrl()}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  const themeButton = (name: string) =>
    page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name, exact: true });

  afterEach(() => closeCheckedPage(opened));

  it.each(['light', 'dark'] as const)('follows an operating system in %s mode', async (scheme) => {
    await openWithOsScheme(scheme);

    expect(await currentTheme(page)).toBe(scheme);
    expect(await themeButton('Theme of the operating system').getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('switches to the chosen theme and keeps it after a reload', async () => {
    await openWithOsScheme('light');

    await themeButton('Dark theme').click();
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
    expect(await storedChoice(page)).toBe('dark');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await currentTheme(page)).toBe('dark');
    expect(await themeButton('Dark theme').getAttribute('aria-pressed')).toBe('true');

    await themeButton('Theme of the operating system').click();
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'light');
    expect(await storedChoice(page)).toBe('system');
  });

  it('applies a saved theme before the page body exists, so nothing flashes', async () => {
    await openWithOsScheme('light');
    await page.addInitScript(() => {
      const probe = window as unknown as { themeBeforeBody?: string | null };
      const observer = new MutationObserver(() => {
        if (document.body) {
          probe.themeBeforeBody = document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      });

      observer.observe(document, { childList: true, subtree: true });
    });
    await page.evaluate(() => localStorage.setItem('pulse-theme', 'dark'));

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();

    const probe = await page.evaluate(
      () => (window as unknown as { themeBeforeBody?: string }).themeBeforeBody,
    );
    expect(probe).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(16, 21, 28)');
  });

  it.each(['light', 'dark'] as const)('takes a screenshot in the %s theme', async (scheme) => {
    await openWithOsScheme(scheme, '/settings');
    await page.locator('[data-state="connected"]').waitFor();
    await page
      .getByTestId('server-version')
      .filter({ hasText: /Pulse \d/ })
      .waitFor();

    await page.screenshot({ path: screenshotPath(`settings-${scheme}`), fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.screenshot({ path: screenshotPath(`dashboard-375-${scheme}`), fullPage: true });
  });
});
