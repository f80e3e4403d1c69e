import type { VersionResponse } from '@pulse/contracts';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { CheckedPage, closeCheckedPage, openCheckedPage } from './support/checked-page';

const PAGES = [
  { label: 'Dashboard', path: '/dashboard', text: 'No Proxmox VE instance is configured yet.' },
  {
    label: 'Storage',
    path: '/storage',
    text: 'Storage appears here once a Proxmox node is polled.',
  },
  { label: 'Backups', path: '/backups', text: 'Backups appear here once' },
  { label: 'Docker', path: '/docker', text: 'Docker hosts appear here once' },
  { label: 'Hosts', path: '/hosts', text: 'Hosts appear here once' },
  { label: 'Alerts', path: '/alerts', text: 'Alerts appear here once' },
  { label: 'Settings', path: '/settings', text: 'No Proxmox VE, Backup Server or Mail Gateway' },
];

describe('the web app served by the Pulse server', () => {
  let browser: Browser;
  let opened: CheckedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  beforeEach(async () => {
    opened = await openCheckedPage(browser, { colorScheme: 'light' });
    ({ page } = opened);
  });

  afterEach(() => closeCheckedPage(opened));

  const mainNav = () => page.getByRole('navigation', { name: 'Main' });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  it('opens the dashboard at / with the landmarks in place', async () => {
    await page.goto(baseUrl());

    await heading('Dashboard').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(await page.title()).toBe('Dashboard · Pulse');
    for (const role of ['banner', 'main', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count()).toBe(1);
    }
    await page.getByText('No Proxmox VE instance is configured yet.').waitFor();
  });

  it('shows the version that /api/version reports in the footer', async () => {
    const response = await fetch(`${baseUrl()}/api/version`);
    const info = (await response.json()) as VersionResponse;
    const expected = `Pulse ${info.version.replace(/^v/, '')}`;

    await page.goto(baseUrl());

    const footer = page.getByRole('contentinfo');
    await footer.getByText(expected, { exact: true }).waitFor();
  });

  it('reports the connection as connected', async () => {
    await page.goto(`${baseUrl()}/dashboard`);

    const indicator = page.getByRole('status').filter({ hasText: 'Server connection' });
    await indicator.and(page.locator('[data-state="connected"]')).waitFor();
    expect(await indicator.innerText()).toContain('Connected');
  });

  it('navigates to every page and marks the current link', async () => {
    await page.goto(baseUrl());
    await heading('Dashboard').waitFor();

    for (const target of PAGES) {
      const link = mainNav().getByRole('link', { name: target.label, exact: true });

      await link.click();
      await heading(target.label).waitFor();
      await page.getByText(target.text).first().waitFor();

      expect(new URL(page.url()).pathname).toBe(target.path);
      expect(await link.getAttribute('aria-current')).toBe('page');
      expect(await mainNav().locator('[aria-current="page"]').count()).toBe(1);
    }
  });

  it('renders a deep link loaded directly (SPA fallback)', async () => {
    const response = await page.goto(`${baseUrl()}/settings`);

    expect(response?.status()).toBe(200);
    await heading('Settings').waitFor();
    const settingsLink = mainNav().getByRole('link', { name: 'Settings', exact: true });
    expect(await settingsLink.getAttribute('aria-current')).toBe('page');
    expect(await page.title()).toBe('Settings · Pulse');
  });

  it('shows a page-not-found page for an unknown address', async () => {
    await page.goto(`${baseUrl()}/no/such/page`);

    await heading('Page not found').waitFor();
    await page.getByText('/no/such/page', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'dashboard', exact: true }).click();
    await heading('Dashboard').waitFor();
  });

  it('offers a skip link that moves focus to the main content', async () => {
    await page.goto(`${baseUrl()}/storage`);
    await heading('Storage').waitFor();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skipLink.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).pathname).toBe('/storage');
  });
});

describe('the web app on a 375 px wide phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  it('fits the width and keeps every page reachable', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await context.close();
  });
});
