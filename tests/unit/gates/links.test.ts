import { describe, expect, it } from 'vitest';
import { brokenLinks, extractLinks, internalTarget } from '../../../src/lib/gates/links';

const SITE = 'https://sharedpath.example.org';
const dist = new Set(['index.html', 'stories/index.html', 'stories/a/index.html', '_astro/photo.abc.webp', 'rss.xml', 'pagefind/pagefind-ui.js']);
const exists = (p: string) => dist.has(p);

describe('extractLinks', () => {
  it('reads href, src and every srcset candidate with their lines, skipping comments and script text', () => {
    const html = '<a href="/stories/">x</a>\n<img src="/_astro/photo.abc.webp" srcset="/a.webp 1x, /b.webp 2x" alt="">\n<!-- <a href="/hidden/"> -->\n<script>const s = "<a href=\'/no/\'>"</script>';
    // The offset is where the attribute stands: the space before its name.
    expect(extractLinks(html).map((l) => html.slice(l.offset, l.offset + 5))).toEqual([' href', ' src=', ' srcs', ' srcs']);
    expect(extractLinks(html).map(({ offset: _offset, ...link }) => link)).toEqual([
      { url: '/stories/', line: 1 },
      { url: '/_astro/photo.abc.webp', line: 2 },
      { url: '/a.webp', line: 2 },
      { url: '/b.webp', line: 2 },
    ]);
  });

  it('numbers the lines of many links, blank lines and links sharing a line included', () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? `\n\n<a href="/s/${i}/">${i}</a> <a href="/t/${i}/">t</a>` : `<a href="/s/${i}/">${i}</a>`));
    const html = rows.join('\n');
    // The line of a URL, counted the slow way: newlines before it, plus one.
    const lineOf = (url: string) => html.slice(0, html.indexOf(`"${url}"`)).split('\n').length;
    const urls = rows.flatMap((_, i) => (i % 7 === 0 ? [`/s/${i}/`, `/t/${i}/`] : [`/s/${i}/`]));
    expect(extractLinks(html).map(({ url, line }) => ({ url, line }))).toEqual(urls.map((url) => ({ url, line: lineOf(url) })));
    expect(extractLinks(html).at(-1)!.line).toBe(html.split('\n').length);
  });
});

describe('internalTarget', () => {
  it.each([
    ['https://example.com/x', undefined],
    ['mailto:a@example.org', undefined],
    ['tel:988', undefined],
    ['sms:988', undefined],
    ['#main', undefined],
    ['/stories/a/#top', '/stories/a/'],
    ['https://sharedpath.example.org/rss.xml?x=1', '/rss.xml'],
    ['../b/', '/stories/b/'],
    ['photo.jpg', '/stories/a/photo.jpg'],
  ])('%s -> %s', (url, expected) => {
    expect(internalTarget(url, 'stories/a/index.html', SITE)).toBe(expected);
  });
});

describe('brokenLinks', () => {
  it('resolves /x/ to x/index.html and files as they are', () => {
    const html = '<a href="/">h</a><a href="/stories/a/">a</a><link href="/rss.xml" rel="alternate"><script src="/pagefind/pagefind-ui.js"></script>';
    expect(brokenLinks(html, 'index.html', SITE, exists)).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing trailing slash, with lines', () => {
    const html = '<a href="/stories/b/">b</a>\n<img src="/_astro/gone.webp" alt="">\n<a href="/stories/a">a</a>\n<a href="https://sharedpath.example.org/nowhere/">n</a>';
    const found = brokenLinks(html, 'index.html', SITE, exists);
    expect(found.map((f) => [f.line, f.url])).toEqual([
      [1, '/stories/b/'],
      [2, '/_astro/gone.webp'],
      [3, '/stories/a'],
      [4, 'https://sharedpath.example.org/nowhere/'],
    ]);
    expect(found[2]!.reason).toContain('trailing slash');
  });
});
