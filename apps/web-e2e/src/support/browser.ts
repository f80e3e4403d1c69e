import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { BASE_URL_VARIABLE } from './global-setup';

/** Debian's Chromium; Playwright never downloads a browser here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export function baseUrl(): string {
  const url = process.env[BASE_URL_VARIABLE];

  if (!url) {
    throw new Error('The global setup did not start a Pulse server');
  }

  return url;
}

/** Screenshots go to a temporary folder for a human to look at; they are never committed. */
export function screenshotPath(name: string): string {
  const dir = process.env.PULSE_E2E_SCREENSHOTS ?? join(tmpdir(), 'pulse-e2e-screenshots');

  mkdirSync(dir, { recursive: true });

  return join(dir, `${name}.png`);
}
