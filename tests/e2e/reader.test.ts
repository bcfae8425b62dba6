/**
 * What a reader meets before hard material and around the edges of the site, in Debian's
 * Chromium over the built demo site: content warnings on every listing card, the quick
 * exit's focus ring in dark mode, feeds opened in the browser styled under the site's CSP,
 * and the note beside a player whose audio comes from a media host.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { WARNING_LABELS, type ContentWarning } from '../../src/schemas/vocabularies';
import { SITE } from '../../src/site.config';
import { chromiumAvailable } from '../helpers/browser';
import { siteInBrowser } from './harness';
import { DIST, PROJECT, htmlOf } from './site';

/** Demo stories with content warnings, from their front matter (those without a page simply have no card). */
function storiesWithWarnings(): Array<{ slug: string; title: string; warnings: ContentWarning[] }> {
  const dir = join(PROJECT, 'src/content/stories');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({ slug: f.replace(/\.mdx?$/, ''), data: parseYaml(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) }))
    .filter(({ data }) => data.contentWarnings?.length)
    .map(({ slug, data }) => ({ slug, title: data.title, warnings: data.contentWarnings }));
}

describe('content warnings on listing cards', () => {
  const stories = storiesWithWarnings();

  test('the demo has stories with content warnings', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  test('every card of such a story, on every listing, states its warnings before its summary', () => {
    const listings = ['/', '/stories/', ...readdirSync(join(DIST, 'topics')).map((t) => `/topics/${t}/`)].filter((p) => {
      try {
        return htmlOf(p).includes('class="cards"');
      } catch {
        return false;
      }
    });
    let seen = 0;
    for (const path of listings) {
      for (const card of htmlOf(path).split('<li>').slice(1)) {
        const story = stories.find((s) => card.includes(`href="/stories/${s.slug}/"`));
        if (!story) continue;
        seen++;
        const warning = /<p class="card-warning"[^>]*>([^<]*)<\/p>\s*<p>/.exec(card);
        expect(warning, `${path}: card of ${story.slug}`).not.toBeNull();
        for (const w of story.warnings) expect(warning![1], `${path}: ${story.slug}`).toContain(WARNING_LABELS[w]);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe.skipIf(!chromiumAvailable())('the reader site in a browser: edges', () => {
  const site = siteInBrowser();

  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    await context.route((url) => new URL(url.href).hostname !== '127.0.0.1', (route) => route.abort());
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(site.origin + path);
    return { page, problems, requests };
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the quick exit shows the site's focus ring when reached by keyboard (${colorScheme})`, async () => {
      const { page } = await open('/', colorScheme);
      let focused = false;
      for (let i = 0; i < 10 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.classList.contains('exit') ?? false);
      }
      expect(focused).toBe(true);
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { width: style.outlineWidth, color: style.outlineColor, style: style.outlineStyle };
      });
      // The same 3px yellow ring as every other control (--focus), not the exit's 1px red line.
      expect(ring).toEqual({ width: '3px', color: 'rgb(255, 191, 71)', style: 'solid' });
      await page.context().close();
    });
  }

  test('the exit link mentions the Shift shortcut only where the script that provides it runs', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      await context.route((url) => new URL(url.href).hostname !== '127.0.0.1', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      const withHint = await page.getByRole('link', { name: 'Exit this page (or press Shift three times)' }).count();
      const plain = await page.getByRole('link', { name: 'Exit this page', exact: true }).count();
      expect({ javaScriptEnabled, withHint, plain }).toEqual({ javaScriptEnabled, withHint: javaScriptEnabled ? 1 : 0, plain: javaScriptEnabled ? 0 : 1 });
      await context.close();
    }
  });

  test('a feed opened in the browser is styled (the stylesheet\'s inline styles are allowed by the CSP), with the quick exit and a crisis line', async () => {
    const { page, problems } = await open('/rss.xml');
    await page.waitForLoadState('load');
    // Chromium 156 (Debian's 156.0.8078.114) adds its own <xslt-warning-banner> to a page made
    // by XSLT, announcing that XSLT is deprecated, with inline styles and an inline handler that
    // the site's CSP blocks (so readers never see the banner). Those refusals are the browser's,
    // not the stylesheet's: with the banner present, no element the stylesheet wrote may carry
    // an inline style or handler, and each of its <style> blocks must have been applied.
    const inline = await page.evaluate(() => {
      const ours = [...document.querySelectorAll('*')].filter((el) => el.closest('xslt-warning-banner') === null);
      return {
        banner: document.querySelector('xslt-warning-banner') !== null,
        attributes: ours.flatMap((el) => [...el.attributes].filter((a) => a.name === 'style' || a.name.startsWith('on')).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`)),
        unappliedStyles: ours.filter((el): el is HTMLStyleElement => el instanceof HTMLStyleElement).filter((el) => !el.sheet || el.sheet.cssRules.length === 0).length,
      };
    });
    expect(inline.attributes).toEqual([]);
    expect(inline.unappliedStyles).toBe(0);
    const refused = problems.filter((p) => /Content Security Policy|Refused to apply/i.test(p));
    if (!inline.banner) expect(refused).toEqual([]);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('system-ui');
    // Like every page: the quick exit (a plain link, no script runs here) and a crisis line.
    expect(await page.locator('a.exit').getAttribute('href')).toBe(SITE.exitUrl);
    expect(await page.locator('aside[aria-label="Crisis support"] a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('aside[aria-label="Crisis support"] a[href="/help/"]').count()).toBe(1);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a feed opened in the browser has the contrast of every page (${colorScheme})`, async () => {
      const { page } = await open('/podcast/feed.xml', colorScheme);
      await page.waitForLoadState('load');
      const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
      await page.context().close();
    });
  }

  test('an episode whose audio is on a media host says so beside the player, and fetches nothing before play', async () => {
    const episodes = readdirSync(join(DIST, 'podcast'), { withFileTypes: true }).filter((d) => d.isDirectory() && !/^\d+$/.test(d.name));
    const external = episodes.map((d) => `/podcast/${d.name}/`).find((p) => /<source src="https:\/\//.test(htmlOf(p)));
    expect(external, 'a demo episode with audio on a media host').toBeDefined();
    const host = new URL(/<source src="([^"]+)"/.exec(htmlOf(external!))![1]!).host;
    const { page, requests } = await open(external!);
    expect(await page.locator('.player').getByText(`The audio comes from ${host}`).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => new URL(u).host === host)).toEqual([]);
    await page.context().close();
  });
});
