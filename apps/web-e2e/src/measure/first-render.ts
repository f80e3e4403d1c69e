/**
 * Prints how long the dashboard takes to show a large estate in real Chromium. Not a test.
 *
 *   npx ts-node -P apps/web-e2e/tsconfig.json --transpile-only \
 *     apps/web-e2e/src/measure/first-render.ts [--nodes 200] [--guests 10000] [--runs 3] \
 *     [--frontend dist/apps/web/browser]
 *
 * It starts the built simulator and server (as the e2e specs do), waits until the server holds
 * every guest, then opens /dashboard `--runs` times and reports, per run, the time from the
 * navigation start until the guest count shows every guest with its rows painted, the summed
 * long tasks (main thread blocked over 50 ms) until then, the table rows in the DOM, and the
 * frame times of a scroll through the whole table (see scrollThrough), and the long tasks of
 * 20 s of live updates afterwards (the simulator steps every second, the server polls every 5 s).
 */
import { resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { openCheckedPage } from '../support/checked-page';
import { startLiveStack, stopLiveStack } from '../support/live-stack';
import { addInstance } from '../support/pulse-nodes';
import { waitFor } from '../support/wait-for';

interface Guest {
  template?: boolean;
}

interface ScrollResult {
  medianFrameMs: number;
  slowestFrameMs: number;
  lastRowMs: number;
}

interface RunResult extends ScrollResult {
  readyMs: number;
  updateLongTaskMs: number;
  longTaskMs: number;
  domRows: number;
}

const LIVE_WINDOW_MS = 20_000;

const LONG_TASKS = `
  window.longTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTaskMs += entry.duration;
  }).observe({ type: 'longtask', buffered: true });
`;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);

  return index > 0 ? process.argv[index + 1] : fallback;
}

/** Guests the dashboard lists: every VM and container that is not a template. */
async function listedGuests(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/state`);
  const state = (await response.json()) as { vms: Guest[]; containers: Guest[] };

  return [...state.vms, ...state.containers].filter((guest) => !guest.template).length;
}

async function tableReady(page: Page, total: number): Promise<number> {
  const handle = await page.waitForFunction(
    (count) => {
      const text = document.querySelector('[data-testid="guest-count"]')?.textContent ?? '';
      const row = document.querySelector('tbody tr[data-guest]');

      return text.includes(`of ${count}`) && row ? performance.now() : false;
    },
    total,
    { polling: 'raf', timeout: 120_000 },
  );

  return (await handle.jsonValue()) as number;
}

/**
 * Scrolls the guest table from top to bottom in 40 steps, one per animation frame, and reports
 * the slowest and the median frame, then how long the last row took to show after the end.
 */
async function scrollThrough(page: Page, total: number): Promise<ScrollResult> {
  return page.evaluate(async (count) => {
    const table = document.querySelector('[aria-label="Guest table"]') as HTMLElement;
    const scroller =
      table.scrollHeight > table.clientHeight + 1
        ? table
        : (document.scrollingElement as HTMLElement);
    const frame = () => new Promise<number>(requestAnimationFrame);
    const lastRowShown = () => {
      const rows = document.querySelectorAll<HTMLElement>('tbody tr[data-guest]');
      const last = rows[rows.length - 1];
      const index = last?.getAttribute('aria-rowindex');
      const bottom = Math.min(innerHeight, table.getBoundingClientRect().bottom);

      return (
        !!last &&
        (!index || index === String(count + 1)) &&
        last.getBoundingClientRect().bottom <= bottom + 1
      );
    };
    table.scrollIntoView({ block: 'start' });
    const range = scroller.scrollHeight - scroller.clientHeight;
    const frames: number[] = [];
    let previous = await frame();

    for (let step = 1; step <= 40; step++) {
      scroller.scrollTop = (range * step) / 40;
      const now = await frame();
      frames.push(now - previous);
      previous = now;
    }
    const end = performance.now();
    scroller.scrollTop = scroller.scrollHeight;
    while (!lastRowShown()) {
      if (performance.now() - end > 10_000) {
        throw new Error('The last row did not show within 10 s of scrolling to the end');
      }
      await frame();
    }
    frames.sort((a, b) => a - b);

    return {
      medianFrameMs: frames[frames.length >> 1],
      slowestFrameMs: frames[frames.length - 1],
      lastRowMs: performance.now() - end,
    };
  }, total);
}

/** The long tasks of a 20 s window in which the server sends the polled changes (4 polls). */
async function longTasksWhileLive(page: Page): Promise<number> {
  await page.evaluate(() => ((window as { longTaskMs?: number }).longTaskMs = 0));
  await new Promise((resolve) => setTimeout(resolve, LIVE_WINDOW_MS));

  return page.evaluate(() => (window as { longTaskMs?: number }).longTaskMs ?? 0);
}

async function measure(): Promise<void> {
  const nodes = option('nodes', '200');
  const guests = option('guests', '10000');
  const runs = Number(option('runs', '3'));
  const frontend = resolve(option('frontend', 'dist/apps/web/browser'));
  const stack = await startLiveStack(
    ['--nodes', nodes, '--guests', guests, '--seed', '5', '--tick-ms', '1000'],
    { PVE_POLLING_INTERVAL: '5s', PULSE_FRONTEND_DIR: frontend },
  );

  try {
    await addInstance(stack.server.baseUrl, 'pve', 'sim-big', stack.sim.pve);
    const simulated = await stack.sim.control<Guest[]>('GET', '/guests');
    const total = simulated.filter((guest) => !guest.template).length;
    await waitFor(
      'the server to hold the estate',
      async () => (await listedGuests(stack.server.baseUrl)) === total,
      { timeoutMs: 180_000, intervalMs: 1_000 },
    );

    console.log(`frontend ${frontend}: ${total} guests listed, ${runs} runs`);
    for (let run = 0; run < runs; run++) {
      console.log(JSON.stringify(await measureOnce(stack.browser, stack.server.baseUrl, total)));
    }
  } finally {
    await stopLiveStack(stack);
  }
}

async function measureOnce(browser: Browser, baseUrl: string, total: number): Promise<RunResult> {
  const { context, page } = await openCheckedPage(browser, {
    viewport: { width: 1280, height: 900 },
  });

  try {
    await page.addInitScript(LONG_TASKS);
    await page.goto(`${baseUrl}/dashboard`);
    const readyMs = await tableReady(page, total);
    const longTaskMs = await page.evaluate(() => (window as { longTaskMs?: number }).longTaskMs);
    const domRows = await page.locator('tbody tr[data-guest]').count();
    const scroll = await scrollThrough(page, total);
    const updateLongTaskMs = await longTasksWhileLive(page);

    return {
      readyMs: Math.round(readyMs),
      longTaskMs: Math.round(longTaskMs ?? 0),
      domRows,
      medianFrameMs: Math.round(scroll.medianFrameMs),
      slowestFrameMs: Math.round(scroll.slowestFrameMs),
      lastRowMs: Math.round(scroll.lastRowMs),
      updateLongTaskMs: Math.round(updateLongTaskMs),
    };
  } finally {
    await context.close();
  }
}

measure().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
