import { describe, expect, test } from 'vitest';
import { alternateLinks } from '../../src/lib/feeds/discovery';
import { hasNoindexMeta, headOf } from '../../src/lib/feeds/noindex';
import { podcastAppLinks } from '../../src/lib/feeds/subscribe';

describe('autodiscovery links', () => {
  test('list the site, kind, podcast, meetings and topic feeds', () => {
    const links = alternateLinks({ siteName: 'Shared Path', podcast: true, topic: { id: 'family', name: 'Family' } });
    expect(links[0]).toEqual({ type: 'application/rss+xml', title: 'Shared Path: Family', href: '/topics/family/rss.xml' });
    expect(links.map((l) => l.href)).toEqual(['/topics/family/rss.xml', '/rss.xml', '/stories/rss.xml', '/guides/rss.xml', '/podcast/feed.xml', '/meetings.json', '/meetings.ics']);
    // The Meeting Guide spec requires this exact title.
    expect(links.find((l) => l.href === '/meetings.json')?.title).toBe('Meetings Feed');
    expect(alternateLinks({ siteName: 'S' }).some((l) => l.href === '/podcast/feed.xml')).toBe(false);
  });
});

describe('podcast app links', () => {
  test('use app URL schemes only: nothing is fetched from a third-party site', () => {
    const links = podcastAppLinks('https://sharedpath.example.org/podcast/feed.xml');
    expect(links.map((l) => l.app)).toContain('Apple Podcasts');
    expect(links.find((l) => l.app === 'Apple Podcasts')?.href).toBe('podcast://sharedpath.example.org/podcast/feed.xml');
    expect(links.find((l) => l.app === 'Overcast')?.href).toBe('overcast://x-callback-url/add?url=https%3A%2F%2Fsharedpath.example.org%2Fpodcast%2Ffeed.xml');
    for (const link of links) expect(link.href).not.toMatch(/^https?:/);
  });
});

describe('noindex pages for the sitemap', () => {
  test('a robots noindex meta tag is recognised in built HTML', () => {
    expect(hasNoindexMeta('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(hasNoindexMeta('<meta content="noindex, nofollow" name="robots">')).toBe(true);
    expect(hasNoindexMeta('<meta name="robots" content="index, follow">')).toBe(false);
    expect(hasNoindexMeta('<meta name="description" content="noindex is a word">')).toBe(false);
  });

  test('only the <head> counts: the same tag in the body (e.g. a quoted example) does not', () => {
    const page = (head: string, body: string) => `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
    expect(hasNoindexMeta(page('<meta name="robots" content="noindex">', '<p>x</p>'))).toBe(true);
    expect(hasNoindexMeta(page('', '<meta name="robots" content="noindex">'))).toBe(false);
    expect(headOf(page('<meta charset="utf-8">', '<p>body</p>'))).toBe('<!DOCTYPE html><html><head><title>t</title><meta charset="utf-8"></head>');
    expect(headOf('<p>no head at all</p>')).toBe('<p>no head at all</p>');
  });
});
