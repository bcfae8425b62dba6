/** The sitemap's filter over a small built site on disk: which pages it keeps, reading heads only. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sitemapFilter } from '../../src/integrations/sitemap';

const dist = join(import.meta.dirname, '../.tmp/sitemap-filter/dist');
const SITE = 'https://sharedpath.example.org';
const page = (head: string, body = '<p>Body.</p>') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const write = (path: string, html: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
};

describe('sitemap filter', () => {
  beforeAll(() => {
    rmSync(dist, { recursive: true, force: true });
    write('stories/open', page(''));
    write('stories/no-search', page('<meta name="robots" content="noindex">'));
    // A head longer than one read chunk, with the tag near its end; a multi-byte character on the way.
    write('stories/long-head', page(`<style>${'é'.repeat(20_000)}</style><meta name="robots" content="noindex">`));
    // The tag quoted in the body is not a robots instruction.
    write('stories/quoted', page('', `<pre>${'x'.repeat(40_000)}</pre><meta name="robots" content="noindex">`));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test('keeps indexable pages and leaves out every page whose head says noindex, and non-HTML files', () => {
    const keep = sitemapFilter(dist);
    expect(keep(`${SITE}/stories/open/`)).toBe(true);
    expect(keep(`${SITE}/stories/no-search/`)).toBe(false);
    expect(keep(`${SITE}/stories/long-head/`)).toBe(false);
    expect(keep(`${SITE}/stories/quoted/`)).toBe(true);
    expect(keep(`${SITE}/rss.xml`)).toBe(false);
    expect(keep(`${SITE}/meetings.ics`)).toBe(false);
  });

  test('under a base path, reads each page from its place in dist/ (without the base), and leaves out a page it cannot find', () => {
    const keep = sitemapFilter(dist, '/repo/');
    expect(keep('https://name.github.io/repo/stories/open/')).toBe(true);
    // Read as dist/repo/stories/no-search/ this page was once found nowhere and kept.
    expect(keep('https://name.github.io/repo/stories/no-search/')).toBe(false);
    expect(keep('https://name.github.io/repo/stories/missing/')).toBe(false);
  });
});
