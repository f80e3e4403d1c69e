import { Browser, Page } from 'playwright-core';
import { screenshotPath } from './support/browser';
import { CheckedPage, closeCheckedPage, openCheckedPage } from './support/checked-page';
import { LIVE_TIMEOUT_MS, startLiveStack, stopLiveStack } from './support/live-stack';
import { RunningSimulator, SimulatedGuest } from './support/proxmox-simulator';
import { addInstance } from './support/pulse-nodes';
import { RunningServer } from './support/pulse-server';
import { waitFor } from './support/wait-for';

/** The dashboard in real Chromium against the built server polling the Proxmox simulator. */
describe('the dashboard with a simulated Proxmox VE cluster', () => {
  let sim: RunningSimulator;
  let server: RunningServer;
  let browser: Browser;
  let opened: CheckedPage;
  let page: Page;

  beforeAll(async () => {
    ({ sim, server, browser } = await startLiveStack(
      ['--nodes', '3', '--guests', '12', '--seed', '7', '--tick-ms', '0'],
      { PVE_POLLING_INTERVAL: '1s' },
    ));
  }, 60_000);

  afterAll(() => stopLiveStack({ sim, server, browser }));

  afterEach(() => closeCheckedPage(opened));

  async function open(colorScheme: 'light' | 'dark', width: number) {
    opened = await openCheckedPage(browser, { colorScheme, viewport: { width, height: 900 } });
    ({ page } = opened);
    await page.goto(`${server.baseUrl}/dashboard`);
  }

  const guestRow = (vmid: number) => page.locator(`tbody tr[data-guest="${vmid}"]`);
  const shownVmids = () =>
    page
      .locator('tbody tr[data-guest]')
      .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset['guest'])));

  it('fills in once an instance is added and follows the simulator live', async () => {
    await open('light', 1280);
    await page.getByText('No Proxmox VE instance is configured yet.').waitFor();
    await page.evaluate(() => ((window as { loadedOnce?: boolean }).loadedOnce = true));

    await addInstance(server.baseUrl, 'pve', 'sim-lab', sim.pve);
    const nodes = await sim.apiGet<{ node: string }[]>('pve', '/nodes');
    const guests = (await sim.control<SimulatedGuest[]>('GET', '/guests')).filter(
      (guest) => !guest.template,
    );

    for (const { node } of nodes) {
      await page.locator(`[data-node="${node}"]`).waitFor({ timeout: LIVE_TIMEOUT_MS });
    }
    await waitFor(
      'every guest in the table',
      async () => (await shownVmids()).length === guests.length,
      {
        timeoutMs: LIVE_TIMEOUT_MS,
      },
    );
    expect((await shownVmids()).sort()).toEqual(guests.map((guest) => guest.vmid).sort());

    const target = guests.find((guest) => guest.status === 'running') as SimulatedGuest;
    const row = guestRow(target.vmid);
    expect(await row.getByRole('rowheader').innerText()).toContain(target.name);
    expect(await row.innerText()).toContain('running');

    await sim.control('POST', `/guests/${target.vmid}/stop`);

    await row.filter({ hasText: 'stopped' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await row.getByRole('meter', { name: 'CPU' }).getAttribute('aria-valuetext')).toBe(
      'unknown',
    );
    expect(await page.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  }, 90_000);

  it('finds a guest with the search box and sorts by a column', async () => {
    await open('light', 1280);
    const guests = (await sim.control<SimulatedGuest[]>('GET', '/guests')).filter(
      (guest) => !guest.template,
    );
    await waitFor('the guest table', async () => (await shownVmids()).length === guests.length, {
      timeoutMs: LIVE_TIMEOUT_MS,
    });

    const target = guests[0];
    await page.getByRole('searchbox', { name: 'Search guests' }).fill(String(target.vmid));
    await waitFor('the search to apply', async () => (await shownVmids()).length === 1);
    expect(await shownVmids()).toEqual([target.vmid]);

    await page.getByRole('searchbox', { name: 'Search guests' }).fill('');
    await page.getByRole('button', { name: 'VMID' }).click();
    await waitFor('the VMID sort', async () => {
      const vmids = await shownVmids();

      return vmids.length === guests.length && vmids.every((v, i) => !i || vmids[i - 1] < v);
    });
    expect(await page.getByRole('columnheader', { name: 'VMID' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  }, 60_000);

  it.each([
    ['light', 1280],
    ['light', 375],
    ['dark', 1280],
    ['dark', 375],
  ] as const)(
    'renders in the %s theme at %i px without overflowing',
    async (scheme, width) => {
      await open(scheme, width);
      await page.locator('tbody tr[data-guest]').first().waitFor({ timeout: LIVE_TIMEOUT_MS });

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
      await page.screenshot({
        path: screenshotPath(`dashboard-${scheme}-${width}`),
        fullPage: true,
      });
    },
    60_000,
  );
});
