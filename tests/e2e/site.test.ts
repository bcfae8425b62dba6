/**
 * Browser checks over the built demo site, in Debian's Chromium: every page type loads
 * with no request leaving 127.0.0.1, no cookie, no storage, no console error and no
 * axe-core violation (light and dark); the quick exit leaves, with and without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/site.config';
import { chromiumAvailable } from '../helpers/browser';
import { siteInBrowser } from './harness';
import { pagesOfEachType, storyPage } from './site';

const available = chromiumAvailable();
const EXIT = new URL(SITE.exitUrl);
const isLocal = (url: string) => url.startsWith('data:') || new URL(url).hostname === '127.0.0.1';

describe.skipIf(!available)('the reader site in a browser', () => {
  const site = siteInBrowser();
  /** Requests that tried to leave 127.0.0.1 (all are stopped before they go anywhere). */
  let outside: string[] = [];

  /** A fresh context whose requests never leave the machine: the exit site is answered locally. */
  async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    outside = [];
    const context = await site.browser.newContext({ serviceWorkers: 'block', ...options });
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        const url = route.request().url();
        outside.push(url);
        if (new URL(url).hostname === EXIT.hostname) {
          return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
        }
        return route.abort();
      },
    );
    return context;
  }

  function watchConsole(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    return errors;
  }

  const pages = pagesOfEachType();

  test('the demo site has every page type', () => {
    const types = pages.map((p) => p.type);
    for (const type of ['home', 'story list', 'story', 'episode list', 'episode', 'guide list', 'guide', 'topic', 'meetings', 'help', 'search', 'about', 'share your story', 'privacy', 'not found']) {
      expect(types, `no ${type} page in dist/`).toContain(type);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${colorScheme} mode`, () => {
      for (const { type, path, status } of pages) {
        test(`${type} (${path}) loads privately, cleanly and accessibly`, async () => {
          const context = await newContext({ colorScheme, viewport: { width: 390, height: 844 } });
          const page = await context.newPage();
          const errors = watchConsole(page);
          const response = await page.goto(site.origin + path, { waitUntil: 'load' });
          expect(response?.status()).toBe(status);
          await expect(page.title()).resolves.toContain(SITE.name);

          // Chromium logs the 404 of the document itself; nothing else may be logged.
          const unexpected = errors.filter((e) => !(status === 404 && e.includes('status of 404')));
          expect(unexpected, 'console errors or warnings').toEqual([]);
          expect(outside, 'requests that tried to leave 127.0.0.1').toEqual([]);
          expect(await context.cookies(), 'cookies').toEqual([]);
          const storage = await page.evaluate(async () => ({
            local: localStorage.length,
            session: sessionStorage.length,
            databases: (await indexedDB.databases()).length,
          }));
          expect(storage, 'browser storage').toEqual({ local: 0, session: 0, databases: 0 });

          // Static HTML on every page: the quick exit link and a crisis line to call or text.
          await expect(page.locator('a[data-quick-exit]').getAttribute('href')).resolves.toBe(SITE.exitUrl);
          expect(await page.locator('a[href^="tel:"], a[href^="sms:"]').count()).toBeGreaterThan(0);

          // Dark mode changes colours only: there, check contrast. In light mode, every rule,
          // plus WCAG 2.2's 24 px target size, which axe-core leaves off by default.
          const builder = new AxeBuilder({ page });
          const axe = await (
            colorScheme === 'dark'
              ? builder.withRules(['color-contrast'])
              : builder.options({ rules: { 'target-size': { enabled: true } } })
          ).analyze();
          const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(violations, 'axe-core violations').toEqual([]);
          await context.close();
        });
      }
    });
  }

  test('the exit is the first stop for the keyboard, the skip link the next, and the skip link moves focus to the content without covering the exit', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}${storyPage()}`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit'))).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
    const [skip, exit] = await Promise.all([page.locator('.skip-link').boundingBox(), page.locator('a[data-quick-exit]').boundingBox()]);
    const overlap = skip!.x < exit!.x + exit!.width && exit!.x < skip!.x + skip!.width && skip!.y < exit!.y + exit!.height && exit!.y < skip!.y + skip!.height;
    expect(overlap, 'the focused skip link is drawn over the exit').toBe(false);
    expect(skip!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
    await context.close();
  });

  test('the exit control stays visible and is at least 24 px both ways', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}${storyPage()}`);
    // Still on screen after scrolling to the end of a long page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.locator('a[data-quick-exit]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  test('with text at 200 % on a phone the exit, the search fields and the crisis lines stay on the screen', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of [storyPage(), '/search/']) {
      await page.goto(`${site.origin}${path}`);
      // A reader's larger text setting, as a browser's text-only zoom applies it.
      await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
      const exit = (await page.locator('a[data-quick-exit]').boundingBox())!;
      expect(exit.x, path).toBeGreaterThanOrEqual(0);
      expect(exit.x + exit.width, path).toBeLessThanOrEqual(390);
      await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  test('the sticky bar never hides what has keyboard focus, tabbing forwards or back', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}${storyPage()}`);
    const obscured: string[] = [];
    const check = async () => {
      const hidden = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.bar');
        if (!focused || !bar || bar.contains(focused) || focused === document.body) return null;
        // Covered when the bar is what sits on top at the middle of the focused element.
        const rect = focused.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return hit && bar.contains(hit) ? focused.outerHTML.slice(0, 80) : null;
      });
      if (hidden) obscured.push(hidden);
    };
    const stops = await page.locator('a[href], button, input, audio[controls]').count();
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      await check();
    }
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Shift+Tab');
      await check();
    }
    expect(obscured).toEqual([]);
    await context.close();
  });

  test('quick exit leaves for the neutral site, and Back does not return to the story', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.goto(`${site.origin}${storyPage()}`);
    await Promise.all([page.waitForURL((url) => url.hostname === EXIT.hostname), page.click('a[data-quick-exit]')]);
    expect(page.url()).toBe(SITE.exitUrl);
    await page.goBack();
    expect(page.url()).toBe(`${site.origin}/`);
    expect(outside).toEqual([SITE.exitUrl]);
    await context.close();
  });

  test('pressing Shift three times exits; typing capitals does not', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.fill('#search-input', '');
    await page.locator('#search-input').pressSequentially('Hope And Recovery Together');
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await Promise.all([
      page.waitForURL((url) => url.hostname === EXIT.hostname),
      (async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      })(),
    ]);
    expect(page.url()).toBe(SITE.exitUrl);
    await context.close();
  });

  test('without JavaScript the exit control is still a working link', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${storyPage()}`);
    await Promise.all([page.waitForURL((url) => url.hostname === EXIT.hostname), page.click('a[data-quick-exit]')]);
    expect(page.url()).toBe(SITE.exitUrl);
    await context.close();
  });

  test('the episode player loads no audio until the reader presses play', async () => {
    const episode = pages.find((p) => p.type === 'episode');
    expect(episode, 'an episode page').toBeDefined();
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(site.origin + episode!.path);
    await expect(page.locator('audio[controls]').getAttribute('preload')).resolves.toBe('none');
    await page.waitForTimeout(300);
    expect(outside).toEqual([]);
    await context.close();
  });
});
