/**
 * Builds for the hosts of docs/deploy.md. GitHub Pages serves a project's site under a path
 * (https://name.github.io/repo/) and sets no custom headers: the build puts every page, link,
 * asset, feed, sitemap entry and search file under the path, writes no _headers (Pages would
 * publish it as a file), and every page keeps what meta tags can carry (CSP, referrer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractLinks } from '../../src/lib/gates/links';
import { buildFixture, listFiles, makeFixture, storyFile, verifyFixture, type BuildResult } from '../helpers/fixture';

const SITE_URL = 'https://name.github.io/repo/';
let root: string;
let pages: BuildResult;
let htmlFiles: string[];
const read = (file: string) => readFileSync(join(pages.dist, file), 'utf8');

beforeAll(() => {
  root = makeFixture('github-pages', {
    files: {
      'src/content/stories/under-a-path.md': storyFile(
        { title: '"Under a path"', topics: '[alcohol]' },
        'If tonight is hard, the [crisis lines](/help/) answer, and <a href="/stories/">other stories</a> too.\n\n![A plain square](/favicon.svg)',
      ),
    },
  });
  pages = buildFixture(root, { SHARED_PATH_HOST: 'github-pages', SITE_URL });
  htmlFiles = listFiles(pages.dist).filter((f) => f.endsWith('.html'));
}, 240_000);

describe('GitHub Pages mode', () => {
  test('builds, with no _headers file in the output', () => {
    expect(pages.code, pages.output).toBe(0);
    expect(existsSync(join(pages.dist, '_headers'))).toBe(false);
    expect(pages.output).toContain('GitHub Pages: no _headers written');
  });

  test('every page carries its CSP and referrer policy as meta tags', () => {
    expect(htmlFiles.length).toBeGreaterThan(5);
    for (const file of htmlFiles) {
      const html = read(file);
      expect(html, file).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/i);
      expect(html, file).toContain('<meta name="referrer" content="no-referrer">');
    }
  });
});

describe('a site under a path', () => {
  test('every root link, asset and script of every page is under /repo/, and npm run verify finds none broken', () => {
    for (const file of htmlFiles) {
      for (const { url } of extractLinks(read(file))) {
        if (url.startsWith('/')) expect(url, `${file}: ${url}`).toMatch(/^\/repo\//);
        if (url.startsWith('https://name.github.io')) expect(url, `${file}: ${url}`).toMatch(/^https:\/\/name\.github\.io\/repo\//);
      }
    }
    const verified = verifyFixture(root, { SITE_URL });
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toContain('internal links');
  });

  test("an editor's root links in Markdown and raw HTML follow the site under its path", () => {
    const story = read('stories/under-a-path/index.html');
    expect(story).toContain('href="/repo/help/"');
    expect(story).toContain('href="/repo/stories/"');
    expect(story).toContain('src="/repo/favicon.svg"');
  });

  test('feeds, the sitemap and the canonical address are under the path', () => {
    const feed = read('stories/rss.xml');
    expect(feed).toContain(`<link>${SITE_URL}stories/under-a-path/</link>`);
    expect(feed).toContain(`href=&quot;${SITE_URL}help/&quot;`);
    const sitemap = read('sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${SITE_URL}stories/under-a-path/`);
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/name\.github\.io\/repo\//);
    expect(read('sitemap-index.xml')).toContain(`${SITE_URL}sitemap-0.xml`);
    expect(read('stories/under-a-path/index.html')).toContain(`<link rel="canonical" href="${SITE_URL}stories/under-a-path/">`);
  });

  test('the search page loads the index and its parts from under the path, and results point there', () => {
    const bundle = listFiles(join(pages.dist, '_astro')).filter((f) => f.endsWith('.js')).map((f) => read(`_astro/${f}`)).join('\n');
    expect(bundle).toContain('/repo/');
    expect(bundle).toMatch(/baseUrl/);
    expect(existsSync(join(pages.dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('the quick exit is on every page, and its script is served under the path', () => {
    for (const file of htmlFiles) expect(read(file), file).toMatch(/<a class="exit" href="https:\/\/www\.bbc\.co\.uk\/weather"/);
    const scripts = [...read('index.html').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    for (const src of scripts) expect(src).toMatch(/^\/repo\//);
  });
});
