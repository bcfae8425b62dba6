import { describe, expect, test } from 'vitest';
import { alternateLinks } from '../../src/lib/feeds/discovery';
import { hasNoindexMeta, noindexPaths } from '../../src/lib/feeds/noindex';
import { podcastAppLinks } from '../../src/lib/feeds/subscribe';
import { splitMarkdown } from '../../src/lib/validation/frontmatter';
import type { RawContent, RawEntry } from '../../src/lib/validation/load';

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
  const story = (slug: string, scope: string, extra = '') => {
    const text = `---\ntitle: "T"\nsummary: "S"\nstoryteller: "M."\npublished: 2026-03-14\n${extra}consent:\n  recordId: "C-1"\n  given: 2026-02-28\n  scope: [${scope}]\n---\nBody.\n`;
    return { collection: 'stories', slug, file: `src/content/stories/${slug}.md`, absolutePath: `/x/${slug}.md`, text, ...splitMarkdown(text) } as RawEntry;
  };
  const content: RawContent = {
    root: '/x',
    data: {},
    entries: [
      story('searchable', 'web, search, feeds'),
      story('hidden-from-search', 'web, feeds'),
      story('no-page', 'podcast'),
      story('draft-no-search', 'web', 'draft: true\n'),
    ],
  };
  const now = new Date(Date.UTC(2026, 10, 1));

  test('are the pages that exist without search consent, and only those', () => {
    expect([...noindexPaths(content, { now })]).toEqual(['/stories/hidden-from-search/']);
  });

  test('a robots noindex meta tag is recognised in built HTML', () => {
    expect(hasNoindexMeta('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(hasNoindexMeta('<meta content="noindex, nofollow" name="robots">')).toBe(true);
    expect(hasNoindexMeta('<meta name="robots" content="index, follow">')).toBe(false);
    expect(hasNoindexMeta('<meta name="description" content="noindex is a word">')).toBe(false);
  });
});
