import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { recordPageErrors } from './support/page-errors';
import { RunningSimulator, startProxmoxSimulator } from './support/proxmox-simulator';
import { addInstance } from './support/pulse-nodes';
import { RunningServer, startPulseServer } from './support/pulse-server';
import { waitFor } from './support/wait-for';

const LIVE_TIMEOUT_MS = 30_000;

/** The storage and backups pages against the built server polling a simulated PVE and PBS. */
describe('the storage and backups pages with a simulated PVE and PBS', () => {
  let sim: RunningSimulator;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [sim, server, browser] = await Promise.all([
      startProxmoxSimulator(['--nodes', '2', '--guests', '6', '--seed', '11', '--tick-ms', '0']),
      startPulseServer({ PVE_POLLING_INTERVAL: '1s', PBS_POLLING_INTERVAL: '1s' }),
      launchChromium(),
    ]);
    await addInstance(server.baseUrl, 'pve', 'sim-lab', sim.pve);
    await addInstance(server.baseUrl, 'pbs', 'sim-backup', sim.pbs);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sim?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    errors = recordPageErrors(page);
  });

  afterEach(async () => {
    await context.close();
    expect(errors).toEqual([]);
  });

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
