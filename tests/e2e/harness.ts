/**
 * The built demo site served on 127.0.0.1 and a Chromium to read it with, started before a
 * test file's tests and closed after them. Call at the top of a describe (or file) that is
 * skipped when Chromium is missing: `const site = siteInBrowser();`, then `site.browser`,
 * `site.origin`.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/browser';
import { serveDist, type StaticServer } from './server';
import { DIST } from './site';

export interface SiteInBrowser {
  readonly browser: Browser;
  readonly origin: string;
}

/** `root`: the built site to serve, the demo site's dist/ unless a test made another. */
export function siteInBrowser(root: string = DIST): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    server = await serveDist(root);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('siteInBrowser: no browser yet (used outside a test, or Chromium is missing)');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('siteInBrowser: no server yet (used outside a test)');
      return server.origin;
    },
  };
}

/**
 * Answers the first request in `context` for `pathname` (any query string) with a 503, and
 * later ones as usual, as a dropped connection would. Returns how many were failed.
 */
export async function failFirstRequest(context: BrowserContext, pathname: string): Promise<() => number> {
  let seen = 0;
  await context.route(
    (url) => url.pathname === pathname,
    (route) => (seen++ === 0 ? route.fulfill({ status: 503, body: '' }) : route.fallback()),
  );
  return () => Math.min(seen, 1);
}

/** Waits until /search/'s live region matches `pattern`, and returns what it says. */
export async function searchStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), pattern.source, { timeout: 15_000 });
  return (await page.textContent('#search-status')) ?? '';
}
