/**
 * Search on the built demo site, in Chromium: consent decides what can be found,
 * filters narrow, hidden content warnings hide, nothing loads before a search, and the
 * query reaches no URL, request or history entry unless the reader asks for a link.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDate, parseCalendarDate } from '../../src/lib/dates';
import { RESULTS_PER_PAGE } from '../../src/lib/search';
import { handoffName } from '../../src/lib/search-handoff';
import { SITE } from '../../src/site.config';
import { chromiumAvailable } from '../helpers/browser';
import { searchThroughOneFailedLoad, siteInBrowser } from './harness';

const run = chromiumAvailable();
const site = siteInBrowser();

async function openSearch(): Promise<{ page: Page; requests: string[] }> {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.origin}/search/`);
  return { page, requests };
}

/** A filter checkbox on /search/, found by its fieldset's legend and its value. */
const filterBox = (page: Page, legend: string | RegExp, value: string) =>
  page.getByRole('group', { name: legend }).locator(`input[type="checkbox"][value="${value}"]`);
const HIDE = /^Hide results with these content warnings/;

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return showAll(page);
}

async function showAll(page: Page): Promise<string[]> {
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
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
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
    const response = await page.goto(`${site.origin}${url}`);
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
    await filterBox(page, 'Kind', 'guide').check();
    const guides = await search(page, 'recovery');
    expect(guides.length).toBeLessThan(all.length);
    expect(guides.every((u) => u.startsWith('/guides/'))).toBe(true);
    await filterBox(page, 'Kind', 'guide').uncheck();

    await filterBox(page, 'Topic', 'alcohol').check();
    const alcohol = await search(page, 'recovery');
    expect(alcohol.length).toBeGreaterThan(0);
    expect(alcohol.length).toBeLessThan(all.length);
    await filterBox(page, 'Topic', 'alcohol').uncheck();

    await filterBox(page, 'Recovery path', 'twelve-step').check();
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
    await filterBox(page, HIDE, 'relapse').check();
    const remaining = await search(page, 'meeting');
    expect(remaining.length).toBe(all.length - warned.length);
    for (const url of warned) expect(remaining).not.toContain(url);
    await page.close();
  });

  test('back from a result, a hidden warning the browser puts back is shown, never set out of sight', async () => {
    const { page } = await openSearch();
    await search(page, 'meeting');
    await page.click('summary');
    await filterBox(page, HIDE, 'relapse').check();
    await search(page, 'meeting');
    await page.click('#search-results .result h2 a');
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    await page.goBack();
    await page.waitForFunction(() => document.readyState === 'complete');
    // Read from the DOM: inside a closed panel the box is not in the accessibility tree.
    const checked = await page.locator('input[data-filter="hide"][value="relapse"]').isChecked();
    expect(checked, 'Chromium put the ticked box back (if not, this test shows nothing)').toBe(true);
    await expect(page.evaluate(() => document.querySelector('details.search-filters')?.hasAttribute('open')), 'the filters are shown').resolves.toBe(true);
    // A page kept whole by the browser (its back-forward cache, which Playwright turns off)
    // comes back through 'pageshow': the panel, closed meanwhile, opens again.
    const reopened = await page.evaluate(() => {
      const panel = document.querySelector<HTMLDetailsElement>('details.search-filters')!;
      panel.open = false;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      return panel.open;
    });
    expect(reopened).toBe(true);
    await page.close();
  });

  test.each([['/pagefind/parts.json'], ['/pagefind/pagefind-entry.json'], ['/pagefind/wasm.en.pagefind']])(
    'when %s fails to load, the reader is told so, and the next search tries again',
    async (path) => {
      const { page, status } = await searchThroughOneFailedLoad(site.browser, site.origin, path, 'kintsugi');
      expect(status).toMatch(/for “kintsugi”/);
      expect(await page.$$eval('#search-results .result h2 a', (a) => a.map((x) => new URL((x as HTMLAnchorElement).href).pathname))).toEqual(['/stories/mending-with-gold/']);
      await page.context().close();
    },
  );

  test('a query arriving in the address is searched, then removed from it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=kintsugi`);
    await page.waitForSelector('#search-results .result');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.inputValue('#search-input')).toBe('kintsugi');
    await page.close();
  });

  test('the header search form on every page leads to /search/ and its results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/stories/mending-with-gold/`);
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

  /** Every URL the tab requests or shows (same-document changes such as replaceState included). */
  function watchUrls(page: Page): string[] {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    return urls;
  }

  async function historyUrls(context: BrowserContext, page: Page): Promise<string[]> {
    const cdp = await context.newCDPSession(page);
    const { entries } = await cdp.send('Page.getNavigationHistory');
    return entries.map((e) => e.url);
  }

  test('a header search puts the query in no URL, request or history entry, and leaves window.name empty', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const urls = watchUrls(page);
    await page.goto(`${site.origin}/stories/mending-with-gold/`);
    await page.fill('#site-search-q', 'kintsugi');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('#search-results .result');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await page.inputValue('#search-input')).toBe('kintsugi');
    expect(urls.filter((u) => u.includes('/search/')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('kintsugi'))).toEqual([]);
    expect((await historyUrls(context, page)).filter((u) => u.includes('kintsugi'))).toEqual([]);
    // The hand-over is read once and cleared: a later page in this tab cannot see it.
    expect(await page.evaluate(() => window.name)).toBe('');
    // Back on the page the search started from, the header field does not show the query.
    await page.goBack();
    expect(await page.inputValue('#site-search-q')).toBe('');
    await context.close();
  });

  test('a hand-over that /search/ never read reaches no other site and no later page', async () => {
    const context = await site.browser.newContext();
    // The exit site is answered locally.
    await context.route(
      (url) => url.hostname === new URL(SITE.exitUrl).hostname,
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }),
    );
    // Without the site's Cross-Origin-Opener-Policy (a host may not apply dist/_headers), Chromium
    // keeps window.name when the tab goes to another site: the page itself must clear it.
    await context.route(
      (url) => url.origin === site.origin,
      async (route) => {
        // The test may close its context while a request is in flight: that request is moot.
        const response = await route.fetch().catch(() => undefined);
        if (!response) return;
        const headers = { ...response.headers() };
        expect(headers['cross-origin-opener-policy']).toBe('same-origin');
        delete headers['cross-origin-opener-policy'];
        await route.fulfill({ response, headers }).catch(() => {});
      },
    );
    // /search/ is slow, so the reader leaves before it loads (routes run last-registered first).
    await context.route(`${site.origin}/search/`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fallback().catch(() => {});
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/stories/mending-with-gold/`);
    await page.fill('#site-search-q', 'kintsugi');
    // keyboard.press, unlike page.press, does not wait for the navigation it starts.
    await page.focus('#site-search-q');
    await page.keyboard.press('Enter');
    await Promise.all([
      page.waitForURL((url) => url.href === SITE.exitUrl),
      (async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      })(),
    ]);
    expect(await page.evaluate(() => window.name)).toBe('');

    // A stale hand-over (say /search/ failed to load) is dropped by the next page of the site.
    await page.goto(`${site.origin}/guides/`);
    await page.evaluate((name) => {
      window.name = name;
    }, handoffName('kintsugi'));
    await page.goto(`${site.origin}/stories/`);
    expect(await page.evaluate(() => window.name)).toBe('');
    await context.close();
  });

  test('without JavaScript the header form leads to /search/ without the query, and /search/ shows only the note', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const urls = watchUrls(page);
    await page.goto(`${site.origin}/stories/mending-with-gold/`);
    await page.fill('#site-search-q', 'kintsugi');
    await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.press('#site-search-q', 'Enter')]);
    expect(urls.filter((u) => u.includes('kintsugi'))).toEqual([]);
    expect((await historyUrls(context, page)).filter((u) => u.includes('kintsugi'))).toEqual([]);
    // (Playwright's no-JavaScript mode parses <noscript> but does not display it, as a browser
    // with JavaScript off would: read its text instead.)
    expect(await page.locator('noscript').textContent()).toContain('Search runs in your browser and needs JavaScript');
    // Nothing that needs the script is shown: no dead search field, no filters.
    await expect(page.isVisible('#search-form')).resolves.toBe(false);
    await expect(page.isVisible('#search-input')).resolves.toBe(false);
    await expect(page.getByText('Filter results').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('neither search form has a control that a submission would send', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/stories/mending-with-gold/`);
    await page.fill('#site-search-q', 'kintsugi');
    expect(await page.$eval('#site-search-q', (input) => [...new FormData((input as HTMLInputElement).form!).keys()])).toEqual([]);
    await page.goto(`${site.origin}/search/`);
    await page.fill('#search-input', 'kintsugi');
    await page.click('summary');
    await filterBox(page, 'Kind', 'story').check();
    await filterBox(page, HIDE, 'relapse').check();
    expect(await page.$eval('#search-form', (form) => [...new FormData(form as HTMLFormElement).keys()])).toEqual([]);
    await page.close();
  });

  test('"Show more results" by keyboard moves focus to the first new result and announces the count', async () => {
    const { page } = await openSearch();
    await page.fill('#search-input', 'recovery');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const total = Number(/(\d+) results? for/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    // At least three pages, so the button is pressed once with more to come and once for the last page.
    expect(total).toBeGreaterThan(2 * RESULTS_PER_PAGE);
    let shown = RESULTS_PER_PAGE;
    while (shown < total) {
      await page.focus('#search-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n, shown);
      const focused = await page.evaluate(() => {
        const active = document.activeElement;
        const results = [...document.querySelectorAll('#search-results .result')];
        return { index: results.findIndex((r) => r.contains(active)), tag: active?.tagName };
      });
      expect(focused).toEqual({ index: shown, tag: 'A' });
      shown = Math.min(shown + RESULTS_PER_PAGE, total);
      expect(await page.textContent('#search-status')).toContain(`Showing ${shown} of ${total} results`);
    }
    expect(await page.isVisible('#search-more')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await page.close();
  });

  test('result dates read as the site shows dates, with a machine-readable <time>', async () => {
    const { page } = await openSearch();
    await search(page, 'kintsugi');
    const time = page.locator('#search-results .result-facts time');
    const datetime = (await time.getAttribute('datetime', { timeout: 5000 })) ?? '';
    const day = parseCalendarDate(datetime);
    expect(day, datetime).not.toBeNull();
    expect(await time.textContent()).toBe(formatDate(day!));
    expect(await page.textContent('#search-results .result-facts')).not.toContain(datetime);
    await page.close();
  });

  test('a copied link keeps the filters and hidden warnings, and opening it restores them', async () => {
    const { page } = await openSearch();
    await page.click('summary');
    await filterBox(page, 'Kind', 'story').check();
    await filterBox(page, HIDE, 'relapse').check();
    const filtered = await search(page, 'meeting');
    expect(filtered.length).toBeGreaterThan(0);
    await page.click('#search-share');
    const link = new URL(await page.inputValue('#search-share-url'));
    expect(link.pathname).toBe('/search/');
    expect(link.searchParams.get('q')).toBe('meeting');
    expect(link.searchParams.getAll('kind')).toEqual(['story']);
    expect(link.searchParams.getAll('hide')).toEqual(['relapse']);
    await page.close();

    const other = await site.browser.newPage();
    await other.goto(link.href);
    await other.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await showAll(other)).toEqual(filtered);
    await expect(filterBox(other, 'Kind', 'story').isChecked()).resolves.toBe(true);
    await expect(filterBox(other, HIDE, 'relapse').isChecked()).resolves.toBe(true);
    await expect(filterBox(other, 'Kind', 'guide').isChecked()).resolves.toBe(false);
    // The reader sees that filters are on.
    await expect(other.locator('details.search-filters').getAttribute('open')).resolves.not.toBeNull();
    expect(new URL(other.url()).search).toBe('');
    await other.close();
  });
});
