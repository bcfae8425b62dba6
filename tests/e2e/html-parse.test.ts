/**
 * Every page of the built demo site parses without a parse error under the HTML parsing
 * algorithm (src/lib/gates/parse-errors.ts): what a browser or the W3C Nu checker reports and
 * the html-validate gate does not, such as the module script /search/ wrote after </html>.
 * No browser needed; it reads the dist/ that build.setup.ts built. Feeds and their XSL
 * stylesheet (dist/rss.xsl) are XML, not HTML, and are not read here.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseErrorsOf } from '../helpers/parse-errors';
import { DIST, allHtmlFiles, pagesOfEachType } from './site';

const fileOf = (path: string, status: number) => (status === 404 ? join(DIST, '404.html') : join(DIST, path, 'index.html'));

describe('HTML parse errors in the built demo site', () => {
  const pages = pagesOfEachType();

  test('the demo site has every page type the check is meant to cover', () => {
    const types = pages.map((page) => page.type);
    for (const type of ['home', 'story list', 'story', 'episode list', 'episode', 'guide', 'topic', 'recovery path', 'meetings', 'help', 'search', 'about', 'privacy', 'share your story', 'not found']) {
      expect(types).toContain(type);
    }
  });

  test.each(pages.map((page) => [page.type, page.path, page.status] as const))('%s (%s) parses without error', (_type, path, status) => {
    expect(parseErrorsOf(DIST, [fileOf(path, status)])).toEqual([]);
  });

  test('every HTML file in dist/ parses without error', () => {
    const files = allHtmlFiles();
    expect(files.length).toBeGreaterThan(pages.length);
    expect(parseErrorsOf(DIST, files)).toEqual([]);
  });
});
