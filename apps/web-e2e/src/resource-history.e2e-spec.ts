import type { ChartsResponse } from '@pulse/contracts';
import { Browser, Page } from 'playwright-core';
import { screenshotPath } from './support/browser';
import { CheckedPage, closeCheckedPage, openCheckedPage } from './support/checked-page';
import { LIVE_TIMEOUT_MS, startLiveStack, stopLiveStack } from './support/live-stack';
import { RunningSimulator, SimulatedGuest } from './support/proxmox-simulator';
import { addInstance } from './support/pulse-nodes';
import { RunningServer } from './support/pulse-server';
import { waitFor } from './support/wait-for';

/** Guest, node and storage pages: live status and recorded history in charts, in Chromium. */
describe('the history of a guest, a node or a storage', () => {
  let sim: RunningSimulator;
  let server: RunningServer;
  let browser: Browser;
  let opened: CheckedPage;
  let page: Page;

  beforeAll(async () => {
    ({ sim, server, browser } = await startLiveStack(
      ['--nodes', '2', '--guests', '6', '--seed', '11', '--tick-ms', '1000'],
      { PVE_POLLING_INTERVAL: '1s' },
    ));
    await addInstance(server.baseUrl, 'pve', 'sim-lab', sim.pve);
  }, 60_000);

  afterAll(() => stopLiveStack({ sim, server, browser }));

  afterEach(() => closeCheckedPage(opened));

  /** Waits until the server has recorded `count` CPU points of the guest; answers its id. */
  async function recorded(vmid: number, count: number): Promise<string> {
    let id = '';
    await waitFor(
      `${count} recorded points of guest ${vmid}`,
      async () => {
        const state = await getJson<{ vms: { id: string; vmid: number }[] }>('/api/state');
        id = state.vms.find((vm) => vm.vmid === vmid)?.id ?? '';
        const charts = id
          ? await getJson<ChartsResponse>(`/api/charts?range=1h&id=${encodeURIComponent(id)}`)
          : undefined;

        return (charts?.data[id]?.cpu.length ?? 0) >= count;
      },
      { timeoutMs: LIVE_TIMEOUT_MS, intervalMs: 500 },
    );

    return id;
  }

  async function getJson<T>(path: string): Promise<T> {
    return (await (await fetch(`${server.baseUrl}${path}`)).json()) as T;
  }

  async function runningVm(): Promise<SimulatedGuest> {
    const guests = await sim.control<SimulatedGuest[]>('GET', '/guests');
    const vm = guests.find((guest) => guest.status === 'running' && !guest.template);
    if (!vm) throw new Error('the simulator has no running guest');

    return vm;
  }

  const pointsOf = (heading: string) =>
    page
      .locator('app-line-chart', { has: page.locator('.heading', { hasText: heading }) })
      .locator('polyline')
      .first()
      .getAttribute('data-points');

  it('opens from the guest table and charts the polls recorded so far', async () => {
    const target = await runningVm();
    await recorded(target.vmid, 3);
    opened = await openCheckedPage(browser, { viewport: { width: 1280, height: 900 } });
    ({ page } = opened);
    await page.goto(`${server.baseUrl}/dashboard`);

    const row = page.locator(`tbody tr[data-guest="${target.vmid}"]`);
    await row.waitFor({ timeout: LIVE_TIMEOUT_MS });
    await row.getByRole('link', { name: target.name }).click();

    await page.waitForURL(/\/guests\/[^/]+$/);
    await page.locator('[aria-label="History"][data-range="1h"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(target.name);
    expect(await page.title()).toBe('Guest · Pulse');
    expect(Number(await pointsOf('CPU'))).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('img', { name: /^CPU: CPU latest \d/ }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('guest-history'), fullPage: true });
  }, 90_000);

  it('switches the range and keeps the page usable on a phone', async () => {
    const target = await runningVm();
    const id = await recorded(target.vmid, 1);
    opened = await openCheckedPage(browser, { viewport: { width: 375, height: 800 } });
    ({ page } = opened);
    await page.goto(`${server.baseUrl}/guests/${encodeURIComponent(id)}`);
    await page.locator('[aria-label="History"][data-range="1h"]').waitFor();

    const ranges = page.getByRole('group', { name: 'Time range' });
    await ranges.getByRole('button', { name: '7d' }).click();

    await page.locator('[aria-label="History"][data-range="7d"]').waitFor();
    expect(await ranges.getByRole('button', { name: '7d' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(Number(await pointsOf('Memory'))).toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: screenshotPath('guest-history-phone'), fullPage: true });
  }, 60_000);

  it('opens a node from its card and charts its CPU, memory and root disk', async () => {
    const [{ node }] = await sim.apiGet<{ node: string }[]>('pve', '/nodes');
    opened = await openCheckedPage(browser, { viewport: { width: 1280, height: 900 } });
    ({ page } = opened);
    await page.goto(`${server.baseUrl}/dashboard`);

    await page.locator(`[data-node="${node}"]`).getByRole('link', { name: node }).click();

    await page.waitForURL(/\/nodes\/[^/]+$/);
    await page.locator('[aria-label="History"][data-range="1h"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(node);
    const headings = await page.locator('app-line-chart .heading').allInnerTexts();
    expect(headings).toEqual(['CPU', 'Memory', 'Root disk']);
    expect(Number(await pointsOf('CPU'))).toBeGreaterThan(0);
  }, 60_000);

  it('opens a storage from the storage table and charts its usage', async () => {
    opened = await openCheckedPage(browser, { viewport: { width: 1280, height: 900 } });
    ({ page } = opened);
    await page.goto(`${server.baseUrl}/storage`);
    const link = page.locator('tbody tr[data-storage] a').first();
    await link.waitFor({ timeout: LIVE_TIMEOUT_MS });
    const name = await link.innerText();

    await link.click();

    await page.waitForURL(/\/storage\/[^/]+$/);
    await page.locator('[aria-label="History"][data-range="1h"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
    expect(await page.locator('app-line-chart .heading').allInnerTexts()).toEqual(['Usage']);
    expect(Number(await pointsOf('Usage'))).toBeGreaterThan(0);
  }, 60_000);
});
