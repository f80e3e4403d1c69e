import { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { RunningSimulator, startProxmoxSimulator } from './proxmox-simulator';
import { RunningServer, startPulseServer } from './pulse-server';

/** How long a change in the simulator may take to show in the browser on two busy cores. */
export const LIVE_TIMEOUT_MS = 30_000;

/** The Proxmox simulator, a built Pulse server and Chromium, for specs that watch live data. */
export interface LiveStack {
  sim: RunningSimulator;
  server: RunningServer;
  browser: Browser;
}

/** Starts the three side by side: the simulator with `simArgs`, the server with `env`. */
export async function startLiveStack(
  simArgs: string[],
  env: NodeJS.ProcessEnv,
): Promise<LiveStack> {
  const [sim, server, browser] = await Promise.allSettled([
    startProxmoxSimulator(simArgs),
    startPulseServer(env),
    launchChromium(),
  ]);
  if (
    sim.status === 'fulfilled' &&
    server.status === 'fulfilled' &&
    browser.status === 'fulfilled'
  ) {
    return { sim: sim.value, server: server.value, browser: browser.value };
  }
  // One failed: stop the others, or they outlive the test run.
  await stopLiveStack({
    sim: sim.status === 'fulfilled' ? sim.value : undefined,
    server: server.status === 'fulfilled' ? server.value : undefined,
    browser: browser.status === 'fulfilled' ? browser.value : undefined,
  });
  const failed = [sim, server, browser].find((part) => part.status === 'rejected');
  throw (failed as PromiseRejectedResult).reason;
}

/** Stops whatever of the stack was started, the browser first. */
export async function stopLiveStack({ sim, server, browser }: Partial<LiveStack>): Promise<void> {
  await browser?.close();
  await server?.stop();
  await sim?.stop();
}
