/**
 * The built demo site served on 127.0.0.1 and a Chromium to read it with, started before a
 * test file's tests and closed after them. Call at the top of a describe (or file) that is
 * skipped when Chromium is missing: `const site = siteInBrowser();`, then `site.browser`,
 * `site.origin`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { SEARCH_LOAD_FAILED } from '../../src/lib/search';
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

/** Waits until /search/'s live region matches `pattern`, and returns what it says. */
async function searchStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), pattern.source, { timeout: 15_000 });
  return (await page.textContent('#search-status')) ?? '';
}

/**
 * Searches /search/ at `origin` for `query` while the first request for `pathname` (any
 * query string) fails with a 503, as a dropped connection would: checks that the request did fail and that the reader is told search could not load,
 * then searches again and waits for results. Returns the page, showing them, and what the
 * live region says; close its context when done.
 */
export async function searchThroughOneFailedLoad(browser: Browser, origin: string, pathname: string, query: string): Promise<{ page: Page; status: string }> {
  const context = await browser.newContext();
  let seen = 0;
  await context.route(
    (url) => url.pathname === pathname,
    (route) => (seen++ === 0 ? route.fulfill({ status: 503, body: '' }) : route.fallback()),
  );
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  expect(await searchStatus(page, /could not load/)).toBe(SEARCH_LOAD_FAILED);
  expect(seen, `a request for ${pathname}`).toBeGreaterThan(0);
  await page.press('#search-input', 'Enter');
  return { page, status: await searchStatus(page, /results? for|No results/) };
}
