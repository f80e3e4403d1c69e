import { Browser, Locator, Page } from 'playwright-core';
import { CheckedPage, closeCheckedPage, openCheckedPage } from './support/checked-page';
import { LIVE_TIMEOUT_MS, startLiveStack, stopLiveStack } from './support/live-stack';
import { RunningSimulator, SimulatedGuest } from './support/proxmox-simulator';
import { addInstance } from './support/pulse-nodes';
import { RunningServer } from './support/pulse-server';
import { waitFor } from './support/wait-for';

/** Far fewer than the estate holds: only the rows in view and a buffer are in the DOM. */
const MAX_ROWS_IN_DOM = 150;
/** The guest table's fixed row height (GUEST_ROW_HEIGHT in the web app). */
const GUEST_ROW_HEIGHT = 33;

/** The large tables in real Chromium with a simulated cluster of a few thousand guests. */
describe('the tables with a large simulated estate', () => {
  let sim: RunningSimulator;
  let server: RunningServer;
  let browser: Browser;
  let opened: CheckedPage;
  let page: Page;
  let guests: SimulatedGuest[];

  beforeAll(async () => {
    ({ sim, server, browser } = await startLiveStack(
      ['--nodes', '20', '--guests', '3000', '--seed', '13', '--tick-ms', '0'],
      { PVE_POLLING_INTERVAL: '2s', PBS_POLLING_INTERVAL: '2s' },
    ));
    await addInstance(server.baseUrl, 'pve', 'sim-large', sim.pve);
    await addInstance(server.baseUrl, 'pbs', 'sim-large-backup', sim.pbs);
    guests = (await sim.control<SimulatedGuest[]>('GET', '/guests')).filter(
      (guest) => !guest.template,
    );
  }, 90_000);

  afterAll(() => stopLiveStack({ sim, server, browser }));

  beforeEach(async () => {
    opened = await openCheckedPage(browser, {
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
    });
    ({ page } = opened);
  });

  afterEach(() => closeCheckedPage(opened));

  const guestTable = () => page.getByRole('region', { name: 'Guest table' });
  const guestRows = () => page.locator('tbody tr[data-guest]');
  const guestRow = (vmid: number) => page.locator(`tbody tr[data-guest="${vmid}"]`);
  const shownVmids = () =>
    guestRows().evaluateAll((rows) =>
      rows.map((row) => Number((row as HTMLElement).dataset['guest'])),
    );

  async function openDashboard() {
    await page.goto(`${server.baseUrl}/dashboard`);
    await page
      .getByTestId('guest-count')
      .filter({ hasText: `${guests.length} of ${guests.length}` })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
  }

  it('keeps a bounded number of guest rows in the DOM while counting every guest', async () => {
    await openDashboard();

    const heights = await guestRows().evaluateAll((rows) =>
      rows.map((row) => row.getBoundingClientRect().height),
    );
    expect(guests.length).toBeGreaterThan(2_500);
    expect(heights.length).toBeGreaterThan(10);
    expect(heights.length).toBeLessThan(MAX_ROWS_IN_DOM);
    expect(new Set(heights)).toEqual(new Set([GUEST_ROW_HEIGHT]));
    expect(await guestTable().locator('table').getAttribute('aria-rowcount')).toBe(
      String(guests.length + 1),
    );
  }, 60_000);

  it('shows the last guest of the sorted order after the End key', async () => {
    const last = Math.max(...guests.map((guest) => guest.vmid));
    await openDashboard();
    const header = page.getByRole('columnheader', { name: 'VMID' });
    await page.getByRole('button', { name: 'VMID' }).click();
    await waitFor(
      'the VMID sort',
      async () => (await header.getAttribute('aria-sort')) === 'ascending',
    );

    await guestTable().focus();
    await page.keyboard.press('End');

    await waitFor('the last guest in view', () => isInside(guestRow(last), guestTable()), {
      timeoutMs: LIVE_TIMEOUT_MS,
    });
    const vmids = await shownVmids();
    expect(vmids.length).toBeLessThan(MAX_ROWS_IN_DOM);
    expect(vmids[vmids.length - 1]).toBe(last);
    expect(vmids.every((vmid, i) => !i || vmids[i - 1] < vmid)).toBe(true);
    expect(await guestRow(last).getAttribute('aria-rowindex')).toBe(String(guests.length + 1));
    expect(await isInside(header, guestTable())).toBe(true);
  }, 60_000);

  it('finds a guest deep in the list with the search box and follows it live', async () => {
    await openDashboard();
    const rendered = new Set(await shownVmids());
    const target = [...guests]
      .reverse()
      .find((guest) => guest.status === 'running' && !rendered.has(guest.vmid)) as SimulatedGuest;
    const search = page.getByRole('searchbox', { name: 'Search guests' });

    await search.fill(`${target.name} ${target.vmid}`);

    await guestRow(target.vmid).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await page.getByTestId('guest-count').innerText()).toMatch(
      new RegExp(`^1 of ${guests.length}$`),
    );
    expect(await shownVmids()).toEqual([target.vmid]);

    await sim.control('POST', `/guests/${target.vmid}/stop`);

    await guestRow(target.vmid)
      .filter({ hasText: 'stopped' })
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
  }, 60_000);

  it('lists thousands of backups in a bounded number of rows, down to the oldest', async () => {
    const table = page.getByRole('region', { name: 'Backup table' });
    const count = page.locator('#recent-heading .count');
    let total = 0;

    await page.goto(`${server.baseUrl}/backups`);
    await waitFor(
      'every backup in the count',
      async () => {
        const [shown, all] = (await count.innerText()).split(' of ').map(Number);
        total = all;

        return shown === all && all > 1_000;
      },
      { timeoutMs: LIVE_TIMEOUT_MS },
    );
    expect(await table.locator('tbody tr').count()).toBeLessThan(MAX_ROWS_IN_DOM);

    await table.focus();
    await page.keyboard.press('End');

    const oldest = table.locator(`tbody tr[aria-rowindex="${total + 1}"]`);
    await waitFor('the oldest backup in view', () => isInside(oldest, table), {
      timeoutMs: LIVE_TIMEOUT_MS,
    });
    expect(await table.locator('tbody tr').count()).toBeLessThan(MAX_ROWS_IN_DOM);
  }, 60_000);
});

/** Whether the element exists and lies wholly within the visible box of the container. */
async function isInside(element: Locator, container: Locator): Promise<boolean> {
  if ((await element.count()) === 0) {
    return false;
  }

  const [inner, outer] = await Promise.all([element.boundingBox(), container.boundingBox()]);

  return (
    !!inner &&
    !!outer &&
    inner.y >= outer.y - 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}
