/**
 * A site too large for one Pagefind process is indexed in parts that /search/ merges
 * (src/lib/search.ts, SEARCH_PART_PAGES). Here the demo site's index is written again, in
 * parts of a few pages, into a copy of dist/; searching the copy must find exactly what the
 * one-part demo site finds, with filters and hidden warnings applied across every part.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { SEARCH_PARTS_FILE } from '../../src/lib/search';
import { chromiumAvailable } from '../helpers/browser';
import { searchThroughOneFailedLoad, siteInBrowser } from './harness';
import { DIST, PROJECT } from './site';

const run = chromiumAvailable();
const PARTED = join(PROJECT, 'tests/.tmp/search-parts');
let parts: string[] = [];

beforeAll(async () => {
  rmSync(PARTED, { recursive: true, force: true });
  cpSync(DIST, PARTED, { recursive: true });
  const written = await writeSearchIndex(PARTED, 8);
  parts = JSON.parse(readFileSync(join(PARTED, SEARCH_PARTS_FILE), 'utf8')) as string[];
  expect(written.parts).toBe(parts.length + 1);
}, 120_000);
afterAll(() => rmSync(PARTED, { recursive: true, force: true }));

const whole = siteInBrowser();
const parted = siteInBrowser(PARTED);

/** Every result /search/ at `origin` lists for `query`, with the filter boxes `check` ticked. */
async function results(origin: string, query: string, check: Array<[legend: string | RegExp, value: string]> = [], requests: string[] = []): Promise<string[]> {
  const page: Page = await whole.browser.newPage();
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await page.goto(`${origin}/search/`);
    if (check.length) await page.click('summary');
    for (const [legend, value] of check) await page.getByRole('group', { name: legend }).locator(`input[type="checkbox"][value="${value}"]`).check();
    await page.fill('#search-input', query);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /result|No results|could not load/.test(document.querySelector('#search-status')?.textContent ?? ''));
    while (await page.isVisible('#search-more')) {
      const before = await page.locator('#search-results .result').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n, before);
    }
    expect(await page.textContent('#search-status')).not.toContain('could not load');
    return (await page.$$eval('#search-results .result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();
  } finally {
    await page.close();
  }
}

describe.runIf(run)('search over an index in parts', () => {
  test('the index is written in several parts, each holding only index files', () => {
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      const names = readdirSync(join(PARTED, part)).sort();
      expect(names.filter((n) => !n.endsWith('.pf_meta'))).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json']);
    }
    // The demo site as built has one index and an empty list of further parts.
    expect(JSON.parse(readFileSync(join(DIST, SEARCH_PARTS_FILE), 'utf8'))).toEqual([]);
    expect(existsSync(join(DIST, 'pagefind/part-2'))).toBe(false);
  });

  test.each([['recovery'], ['meeting'], ['kintsugi'], ['Zephyrine']])('"%s" finds what the one-part index finds', async (query) => {
    const expected = await results(whole.origin, query);
    expect(await results(parted.origin, query)).toEqual(expected);
  });

  test('one search reads every part, and its results come from several of them', async () => {
    const requests: string[] = [];
    expect((await results(parted.origin, 'recovery', [], requests)).length).toBeGreaterThan(10);
    for (const part of parts) expect(requests, part).toContain(`${part}pagefind-entry.json`);
    const fragmentFolders = new Set(requests.filter((r) => r.includes('/fragment/')).map((r) => r.slice(0, r.indexOf('fragment/'))));
    expect(fragmentFolders.size).toBeGreaterThanOrEqual(2);
    // Only the first part's script and WebAssembly run.
    expect(requests.filter((r) => r.startsWith('/pagefind/part-') && /\.(js|pagefind)$/.test(r))).toEqual([]);
  });

  test.each([
    ['Kind', 'guide'],
    ['Topic', 'alcohol'],
    ['Recovery path', 'twelve-step'],
    [/^Hide results with these content warnings/, 'relapse'],
  ] as const)('the filter %s = %s applies across parts', async (legend, value) => {
    const all = await results(parted.origin, 'recovery');
    const narrowed = await results(parted.origin, 'recovery', [[legend, value]]);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed).toEqual(await results(whole.origin, 'recovery', [[legend, value]]));
  });

  test('when one part fails to load, the reader is told so, and the next search finds everything', async () => {
    const expected = await results(whole.origin, 'recovery');
    const { page, status } = await searchThroughOneFailedLoad(whole.browser, parted.origin, `${parts[0]}pagefind-entry.json`, 'recovery');
    expect(Number(/(\d+) results? for/.exec(status)?.[1])).toBe(expected.length);
    await page.context().close();
  });
});
