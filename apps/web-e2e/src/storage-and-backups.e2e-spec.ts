import { Browser, Page } from 'playwright-core';
import { CheckedPage, closeCheckedPage, openCheckedPage } from './support/checked-page';
import { LIVE_TIMEOUT_MS, startLiveStack, stopLiveStack } from './support/live-stack';
import { RunningSimulator } from './support/proxmox-simulator';
import { addInstance } from './support/pulse-nodes';
import { RunningServer } from './support/pulse-server';
import { waitFor } from './support/wait-for';

/** The storage and backups pages against the built server polling a simulated PVE and PBS. */
describe('the storage and backups pages with a simulated PVE and PBS', () => {
  let sim: RunningSimulator;
  let server: RunningServer;
  let browser: Browser;
  let opened: CheckedPage;
  let page: Page;

  beforeAll(async () => {
    ({ sim, server, browser } = await startLiveStack(
      ['--nodes', '2', '--guests', '6', '--seed', '11', '--tick-ms', '0'],
      { PVE_POLLING_INTERVAL: '1s', PBS_POLLING_INTERVAL: '1s' },
    ));
    await addInstance(server.baseUrl, 'pve', 'sim-lab', sim.pve);
    await addInstance(server.baseUrl, 'pbs', 'sim-backup', sim.pbs);
  }, 60_000);

  afterAll(() => stopLiveStack({ sim, server, browser }));

  beforeEach(async () => {
    opened = await openCheckedPage(browser, {
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
    });
    ({ page } = opened);
  });

  afterEach(() => closeCheckedPage(opened));

  it('lists every storage of the cluster with a usage bar', async () => {
    const storages = await sim.apiGet<{ storage: string }[]>('pve', '/storage');
    const names = [...new Set(storages.map((item) => item.storage))];

    await page.goto(`${server.baseUrl}/storage`);
    for (const name of names) {
      const row = page.locator(`tbody tr[data-storage="${name}"]`).first();

      await row.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await row.getByRole('meter', { name: 'Usage' }).count()).toBe(1);
    }

    await page.getByRole('searchbox', { name: 'Search storage' }).fill(names[0]);
    await waitFor('the storage search', async () => {
      const shown = await page
        .locator('tbody tr[data-storage]')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['storage']));

      return shown.length > 0 && shown.every((name) => name?.includes(names[0]));
    });
  }, 60_000);

  it('shows the backup server with its datastores and the recent backups', async () => {
    const stores = await sim.apiGet<{ store: string }[]>('pbs', '/admin/datastore');

    await page.goto(`${server.baseUrl}/backups`);
    const card = page.locator('[data-pbs="sim-backup"]');
    await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
    for (const { store } of stores) {
      expect(await card.getByRole('meter', { name: `Datastore ${store}` }).count()).toBe(1);
    }

    const backups = page.getByRole('region', { name: 'Backup table' }).locator('tbody tr');
    await waitFor('the recent backups', async () => (await backups.count()) > 1, {
      timeoutMs: LIVE_TIMEOUT_MS,
    });
    expect(await backups.first().innerText()).toMatch(/PBS|PVE/);
  }, 60_000);
});
