/** Site feed items, rendered by @astrojs/rss and parsed back. */
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { toldStoriesHtml } from '../../src/lib/feeds/episode-notes';
import { absolutizeHtml, FEED_ITEM_LIMIT, feedEntriesOf, feedItem, newestFirst, selectFeedItems, type FeedCandidate, type FeedEntry } from '../../src/lib/feeds/items';
import { describeWithWarnings, PAGE_DESCRIPTION_SUMMARY, pageDescription, warningsText } from '../../src/lib/feeds/warnings';

const SITE = 'https://sharedpath.example.org/';
const TRICKY = `Tom & Jerry <live> "quoted" and 'single'`;

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  kind: 'story',
  path: '/stories/tricky/',
  title: TRICKY,
  summary: 'A summary & a half.',
  published: new Date(Date.UTC(2026, 2, 14)),
  contentWarnings: ['relapse'],
  html: '<p>Body with <a href="/help/">help</a> and <img src="/_astro/a.jpg" srcset="/_astro/a.jpg 1x, /_astro/b.jpg 2x" alt=""></p>',
  topics: ['Alcohol & family'],
  byline: 'Shared by M. & K.',
  ...over,
});

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml);

describe('content warnings', () => {
  test('are stated in words, first', () => {
    expect(warningsText([])).toBeUndefined();
    expect(warningsText(['self-harm'])).toBe('Content warning: self-harm.');
    expect(describeWithWarnings('Summary.', ['relapse', 'eating-disorder'])).toBe('Content warnings: relapse, eating disorders.\n\nSummary.');
  });
  test('open a page\'s description, whose summary is cut at a word within 300 characters', () => {
    expect(pageDescription('Short summary.', ['relapse'])).toBe('Content warning: relapse. Short summary.');
    expect(pageDescription('Short summary.', [])).toBe('Short summary.');
    const long = `${'word '.repeat(70)}ending`; // 356 characters
    const cut = pageDescription(long, ['suicide']);
    expect(cut.startsWith('Content warning: suicide. word ')).toBe(true);
    expect(cut.endsWith('word…')).toBe(true);
    expect([...cut.slice('Content warning: suicide. '.length)].length).toBeLessThanOrEqual(PAGE_DESCRIPTION_SUMMARY + 1);
    // Exactly 300 characters are kept whole.
    expect(pageDescription('é'.repeat(300), [])).toBe('é'.repeat(300));
  });
});

describe('feedItem through @astrojs/rss', () => {
  test('round-trips a title with &, <, > and quotes exactly, and puts warnings first', async () => {
    const xml = await getRssString({ title: 'Feed & co', description: 'd', site: SITE, items: [feedItem(entry(), SITE)] });
    const item = parse(xml).rss.channel.item;
    expect(item.title).toBe(TRICKY);
    expect(item.description).toBe('Content warning: relapse.\n\nA summary & a half.');
    expect(item['content:encoded']).toMatch(/^<p><strong>Content warning: relapse\.<\/strong><\/p><p>Shared by M\. &amp; K\.<\/p>/);
    expect(item.link).toBe('https://sharedpath.example.org/stories/tricky/');
    expect(item.category).toEqual(['Story', 'Alcohol & family']);
    expect(item.pubDate).toBe('Sat, 14 Mar 2026 00:00:00 GMT');
  });

  test('episodes carry their audio as an absolute enclosure', async () => {
    const item = feedItem(entry({ kind: 'episode', enclosure: { url: '/audio/ep1.mp3', length: 123, type: 'audio/mpeg' } }), SITE);
    expect(item.enclosure).toEqual({ url: 'https://sharedpath.example.org/audio/ep1.mp3', length: 123, type: 'audio/mpeg' });
    expect(item.categories?.[0]).toBe('Podcast episode');
  });
});

describe('absolutizeHtml', () => {
  const PAGE = 'https://sharedpath.example.org/guides/start-here/';
  test('resolves every relative URL against the entry\'s page, in href, src, poster and srcset', () => {
    const html = absolutizeHtml(
      entry().html +
        '<a href="../other-guide/">o</a><a href=\'notes/\'>n</a><a href="#top">t</a><a href="?q=1">q</a><video poster="still.webp"></video><a href="//cdn.example/y">y</a>',
      PAGE,
    );
    expect(html).toContain('href="https://sharedpath.example.org/help/"');
    expect(html).toContain('src="https://sharedpath.example.org/_astro/a.jpg"');
    expect(html).toContain('srcset="https://sharedpath.example.org/_astro/a.jpg 1x, https://sharedpath.example.org/_astro/b.jpg 2x"');
    // Resolved against the feed's own address (/guides/rss.xml), "../other-guide/" would leave /guides/.
    expect(html).toContain('href="https://sharedpath.example.org/guides/other-guide/"');
    expect(html).toContain("href='https://sharedpath.example.org/guides/start-here/notes/'");
    expect(html).toContain('href="https://sharedpath.example.org/guides/start-here/#top"');
    expect(html).toContain('href="https://sharedpath.example.org/guides/start-here/?q=1"');
    expect(html).toContain('poster="https://sharedpath.example.org/guides/start-here/still.webp"');
    expect(html).toContain('href="https://cdn.example/y"');
  });

  test('rewrites attributes of tags only, reads character references, and keeps commas inside srcset URLs', () => {
    const code = '<p>Write <code>&lt;img src="./photo.jpg"&gt;</code> or <code>src="./photo.jpg"</code></p>';
    expect(absolutizeHtml(code, PAGE)).toBe(code);
    expect(absolutizeHtml('<a href="&#x2F;help/">h</a>', PAGE)).toBe('<a href="https://sharedpath.example.org/help/">h</a>');
    expect(absolutizeHtml('<a href="/s/?a=1&amp;b=2">q</a>', PAGE)).toBe('<a href="https://sharedpath.example.org/s/?a=1&amp;b=2">q</a>');
    expect(absolutizeHtml('<img srcset="a.jpg?w=1,2 1x, b.jpg 2x" alt="">', PAGE)).toBe(
      '<img srcset="https://sharedpath.example.org/guides/start-here/a.jpg?w=1,2 1x, https://sharedpath.example.org/guides/start-here/b.jpg 2x" alt="">',
    );
  });

  test('leaves URLs with a scheme alone', () => {
    const links = '<a href="https://other.example/x">x</a><a href="mailto:team@example.org">m</a><a href="tel:988">t</a><img src="data:image/gif;base64,R0lG" alt="">';
    expect(absolutizeHtml(links, PAGE)).toBe(links);
  });
});

describe('characters XML forbids', () => {
  test('control characters pasted into a title or text are left out of the feed, which stays well-formed', async () => {
    const dirty = entry({ title: 'Bell\u0007 and form feed\u000C', summary: 'Control \u0001 chars', html: '<p>Vertical\u000Btab</p>', topics: ['Topic\u0008'] });
    const xml = await getRssString({ title: 'Feed', description: 'd', site: SITE, items: [feedItem(dirty, SITE)] });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const item = parse(xml).rss.channel.item;
    expect(item.title).toBe('Bell and form feed');
    expect(item['content:encoded']).toContain('<p>Verticaltab</p>');
  });
});

describe('ordering and told stories', () => {
  test('newest first, ties by path', () => {
    const d = (day: number) => new Date(Date.UTC(2026, 0, day));
    const sorted = newestFirst([
      { path: '/b/', published: d(1) },
      { path: '/c/', published: d(3) },
      { path: '/a/', published: d(1) },
    ]);
    expect(sorted.map((e) => e.path)).toEqual(['/c/', '/a/', '/b/']);
  });

  test('stories told in an episode are listed with links to their pages, escaped', () => {
    const html = toldStoriesHtml([{ title: 'A & B', url: 'https://sharedpath.example.org/stories/a/' }, { title: 'C <d>', url: 'https://sharedpath.example.org/stories/c/?x=1&y=2' }]);
    expect(html).toBe(
      '<h2>Stories in this episode</h2><ul><li><a href="https://sharedpath.example.org/stories/a/">A &amp; B</a></li><li><a href="https://sharedpath.example.org/stories/c/?x=1&amp;y=2">C &lt;d&gt;</a></li></ul>',
    );
    expect(toldStoriesHtml([])).toBe('');
  });
});

describe('item limit: each site feed carries only its newest FEED_ITEM_LIMIT items', () => {
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
  // More than the limit, in a scrambled order, with two entries sharing the newest date.
  const total = FEED_ITEM_LIMIT + 17;
  const scrambled = Array.from({ length: total }, (_, i) => (i * 37) % total).map((n) => ({
    path: `/stories/s${String(n).padStart(3, '0')}/`,
    published: day(n === total - 1 ? total - 2 : n),
  }));
  const expected = [...scrambled]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || (a.path < b.path ? -1 : 1))
    .slice(0, FEED_ITEM_LIMIT)
    .map((e) => e.path);

  test('the limit is a sensible named number', () => {
    expect(FEED_ITEM_LIMIT).toBeGreaterThanOrEqual(10);
    expect(new Set(scrambled.map((e) => e.path)).size).toBe(total);
  });

  test('with more than the limit, exactly the newest FEED_ITEM_LIMIT, newest first, ties by path', () => {
    const selected = selectFeedItems(scrambled);
    expect(selected).toHaveLength(FEED_ITEM_LIMIT);
    expect(selected.map((e) => e.path)).toEqual(expected);
    // The oldest entries are the ones left out.
    expect(selected.map((e) => e.path)).not.toContain('/stories/s000/');
    expect(selected[0]?.path).toBe('/stories/s065/');
    expect(selected[1]?.path).toBe('/stories/s066/');
  });

  test('with fewer than the limit, every entry, newest first; the input is not reordered', () => {
    const few = scrambled.slice(0, 5);
    const copy = [...few];
    expect(selectFeedItems(few).map((e) => e.path)).toEqual(newestFirst(few).map((e) => e.path));
    expect(few).toEqual(copy);
    expect(selectFeedItems(scrambled, 3).map((e) => e.path)).toEqual(expected.slice(0, 3));
  });

  test('only the selected entries are built (rendered), each once, in feed order', async () => {
    const builds: string[] = [];
    const candidates: FeedCandidate[] = scrambled.map((e) => ({
      ...e,
      entry: async () => {
        builds.push(e.path);
        return entry({ path: e.path, published: e.published, title: e.path });
      },
    }));
    const entries = await feedEntriesOf(candidates);
    expect(entries.map((e) => e.path)).toEqual(expected);
    expect([...builds].sort()).toEqual([...expected].sort());
  });
});
