/**
 * Search on the built demo site, in Chromium: consent decides what can be found,
 * filters narrow, hidden content warnings hide, and nothing loads before a search.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/browser';
import { serveDist, type StaticServer } from './server';
import { DIST } from './site';

const run = chromiumAvailable();
let browser: Browser;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  if (!run) return;
  server = await serveDist(DIST);
  origin = server.origin;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSearch(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}/search/`);
  return { page, requests };
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  // Show every page of results.
  // Wait for each page to arrive before looking again: a second click while the first is
  // loading waits on a button that then hides, and times out.
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results .result').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n, before);
  }
  return page.$$eval('#search-results .result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.runIf(run)('search on the demo site', () => {
  test('nothing of Pagefind loads until the reader searches', async () => {
    const { page, requests } = await openSearch();
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await search(page, 'kintsugi');
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    await page.close();
  });

  test('a word only in one story body finds that story', async () => {
    const { page } = await openSearch();
    expect(await search(page, 'kintsugi')).toEqual(['/stories/mending-with-gold/']);
    await page.close();
  });

  test('an excerpt keeps the spaces around the highlighted word', async () => {
    const { page } = await openSearch();
    expect(await search(page, 'Japanese')).toEqual(['/stories/mending-with-gold/']);
    const excerpt = page.locator('#search-results .result p').last();
    expect(await excerpt.locator('mark').allTextContents()).toEqual(['Japanese']);
    expect(await excerpt.textContent()).toContain('kintsugi, the Japanese practice of mending');
    await page.close();
  });

  test('the index holds entries’ text, never the page chrome, warnings or labels', async () => {
    const { page } = await openSearch();
    // A string, so the test runner does not rewrite the page's dynamic import. Searching for
    // null with no filter returns every indexed entry.
    const contents: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(null, { filters: {} });
      return Promise.all(found.results.map(async (r) => (await r.data()).content));
    })()`);
    expect(contents.length).toBeGreaterThan(10);
    expect(contents.some((c) => c.includes('kintsugi'))).toBe(true);
    for (const chrome of ['Need to talk now', 'Exit this page', 'Get help now', 'Content warning', 'Take care of yourself', 'Recovery paths', 'min read', 'Related stories']) {
      expect(contents.filter((c) => c.includes(chrome)), chrome).toEqual([]);
    }
    await page.close();
  });

  test('a word only in a withdrawn story finds nothing', async () => {
    const { page } = await openSearch();
    expect(await search(page, 'Zephyrine')).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('No results');
    await page.close();
  });

  test.each([
    ['staircase', '/stories/letters-i-did-not-send/', 'web-only'],
    ['pastor', '/stories/the-long-way-round/', 'without search consent'],
  ])('"%s" never finds %s (%s), though that page exists', async (word, url) => {
    const { page } = await openSearch();
    expect(await search(page, word)).not.toContain(url);
    const response = await page.goto(`${origin}${url}`);
    expect(response?.status()).toBe(200);
    expect(await page.textContent('body')).toContain(word);
    await page.close();
  });

  test('each filter narrows the results', async () => {
    const { page } = await openSearch();
    const all = await search(page, 'recovery');
    expect(all.length).toBeGreaterThan(5);
    const kinds = new Set(all.map((u) => u.split('/')[1]));
    expect(kinds).toEqual(new Set(['stories', 'podcast', 'guides']));

    await page.click('summary');
    await page.check('input[name="kind"][value="guide"]');
    const guides = await search(page, 'recovery');
    expect(guides.length).toBeLessThan(all.length);
    expect(guides.every((u) => u.startsWith('/guides/'))).toBe(true);
    await page.uncheck('input[name="kind"][value="guide"]');

    await page.check('input[name="topic"][value="alcohol"]');
    const alcohol = await search(page, 'recovery');
    expect(alcohol.length).toBeGreaterThan(0);
    expect(alcohol.length).toBeLessThan(all.length);
    await page.uncheck('input[name="topic"][value="alcohol"]');

    await page.check('input[name="path"][value="twelve-step"]');
    const twelveStep = await search(page, 'recovery');
    expect(twelveStep.length).toBeGreaterThan(0);
    expect(twelveStep.length).toBeLessThan(all.length);
    expect(twelveStep.every((u) => u.startsWith('/stories/'))).toBe(true);
    await page.close();
  });

  test('hiding a content warning hides those results, and shows warnings as metadata', async () => {
    const { page } = await openSearch();
    const all = await search(page, 'meeting');
    const warned = await page.$$eval('#search-results .result', (items) =>
      items.filter((i) => i.querySelector('.result-warnings')?.textContent?.includes('relapse')).map((i) => new URL(i.querySelector('a')!.href).pathname),
    );
    expect(warned.length).toBeGreaterThan(0);
    await page.click('summary');
    await page.check('input[name="hide"][value="relapse"]');
    const remaining = await search(page, 'meeting');
    expect(remaining.length).toBe(all.length - warned.length);
    for (const url of warned) expect(remaining).not.toContain(url);
    await page.close();
  });

  test('a query arriving in the address is searched, then removed from it', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=kintsugi`);
    await page.waitForSelector('#search-results .result');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.inputValue('#search-input')).toBe('kintsugi');
    await page.close();
  });

  test('the header search form on every page leads to /search/ and its results', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/stories/mending-with-gold/`);
    await page.fill('#site-search-q', 'kintsugi');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('#search-results .result');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.$$eval('#search-results .result h2 a', (a) => a.map((x) => new URL((x as HTMLAnchorElement).href).pathname))).toEqual(['/stories/mending-with-gold/']);
    // The search page has one search form, not two.
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    await page.close();
  });
});
