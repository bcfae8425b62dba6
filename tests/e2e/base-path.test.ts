/**
 * The demo site built for a GitHub project page (https://<user>.github.io/<repo>/) and served
 * under /repo/, as Pages serves it: search loads its index from under the path and its results
 * lead to pages there, and the quick exit works.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/browser';
import { buildFixture, makeFixture, PROJECT } from '../helpers/fixture';
import { serveDist, type StaticServer } from './server';

const run = chromiumAvailable();
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!run) return;
  const root = makeFixture('base-path-e2e');
  cpSync(join(PROJECT, 'src/content'), join(root, 'src/content'), { recursive: true });
  const built = buildFixture(root, { SHARED_PATH_HOST: 'github-pages', SITE_URL: 'https://name.github.io/repo/' });
  if (built.code !== 0) throw new Error(`The demo site did not build under /repo/:\n${built.output}`);
  // The host's root holds the site at /repo/, and nothing else.
  const host = join(root, 'host');
  mkdirSync(host);
  symlinkSync(built.dist, join(host, 'repo'));
  server = await serveDist(host);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.runIf(run)('the demo site under /repo/', () => {
  test('search loads the index from under the path, and a result opens its story there', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${server.origin}/repo/search/`);
    await page.fill('#search-input', 'kintsugi');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const links = await page.$$eval('#search-results .result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/repo\/stories\//);
    expect(requests.filter((p) => p.includes('/pagefind/')).length).toBeGreaterThan(0);
    for (const path of requests) expect(path).toMatch(/^\/repo\//);
    await page.click('#search-results .result h2 a');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(links[0]);
    expect(failed).toEqual([]);
    await page.close();
  });

  test('every link of the home page resolves under the path, and the quick exit leaves', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/repo/`);
    const internal = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(internal.length).toBeGreaterThan(5);
    for (const href of new Set(internal)) {
      expect(href).toMatch(/^\/repo\//);
      const response = await fetch(new URL(href, server.origin));
      expect(response.status, href).toBe(200);
    }
    await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.click('a[data-quick-exit]');
    await page.waitForURL('https://www.bbc.co.uk/weather');
    await page.close();
  });
});
