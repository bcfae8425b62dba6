/**
 * Browser-test plumbing: Debian's Chromium through playwright-core (the static server
 * for dist/ is tests/e2e/server.ts). Under CI=true a missing Chromium is a failure; locally the
 * tests skip with a loud message.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether browser tests can run; throws under CI when Chromium is missing. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
