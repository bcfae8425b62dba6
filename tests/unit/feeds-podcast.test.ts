/** The podcast feed, parsed back with fast-xml-parser and with the Podcast Index's own parser. */
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'podcast-partytime';
import { describe, expect, test } from 'vitest';
import { buildPodcastFeed, chaptersDocument, episodeSeason, transcriptType, type PodcastEpisodeItem, type PodcastShow } from '../../src/lib/podcast-feed';
import { podcastGuid } from '../../src/lib/uuid';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/items';

const TRICKY = `Tom & Jerry <live> "quoted" and 'single' ]]> done`;
const FEED_URL = 'https://sharedpath.example.org/podcast/feed.xml';

const show: PodcastShow = {
  title: `Shared & Path <show> "quotes"`,
  description: 'A show about recovery.',
  author: 'Shared Path Community',
  owner: { name: 'Podcast Team', email: 'podcast@example.org' },
  language: 'en-GB',
  categories: [{ name: 'Health & Fitness', subcategory: 'Mental Health' }, { name: 'Society & Culture' }],
  explicit: false,
  type: 'serial',
  locked: true,
  funding: { url: 'https://sharedpath.example.org/support/', text: 'Support us & them' },
};

const episode = (over: Partial<PodcastEpisodeItem> = {}): PodcastEpisodeItem => ({
  title: TRICKY,
  summary: 'Summary with <b>not html</b> & more.',
  link: 'https://sharedpath.example.org/podcast/ep-one/',
  published: new Date(Date.UTC(2026, 4, 2)),
  guid: 'guid-ep-1',
  episode: 3,
  season: 2,
  episodeType: 'bonus',
  explicit: true,
  audio: { url: 'https://sharedpath.example.org/audio/ep1.mp3', bytes: 31457280, type: 'audio/mpeg', seconds: 2530 },
  contentWarnings: ['relapse', 'death-and-grief'],
  notesHtml: '<p>Notes with <a href="https://sharedpath.example.org/help/">help</a> &amp; more.</p>',
  transcript: { url: 'https://sharedpath.example.org/podcast/ep-one/transcript.vtt', type: 'text/vtt' },
  chaptersUrl: 'https://sharedpath.example.org/podcast/ep-one/chapters.json',
  people: [
    { name: 'Sam & Co', role: 'host' },
    { name: 'Jo', role: 'guest', href: 'https://example.org/jo' },
  ],
  ...over,
});

const options = { feedUrl: FEED_URL, showUrl: 'https://sharedpath.example.org/podcast/', artworkUrl: 'https://sharedpath.example.org/_astro/art.png', stylesheet: '/rss.xsl' };
const xml = buildPodcastFeed(show, [episode(), episode({ title: 'Second', guid: 'guid-ep-2', episode: 4, season: undefined, episodeType: 'full', transcript: undefined, chaptersUrl: undefined, people: [], contentWarnings: [] })], options);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });
const doc = parser.parse(xml);
const channel = doc.rss.channel;
const [first, second] = channel.item;

describe('podcast feed, parsed with fast-xml-parser', () => {
  test('declares RSS 2.0 with the itunes, podcast, content and atom namespaces, and the stylesheet', () => {
    expect(doc.rss['@version']).toBe('2.0');
    expect(doc.rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(doc.rss['@xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
    expect(xml).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
  });

  test('channel: title round-trips exactly, and every required tag is there', () => {
    expect(channel.title).toBe(show.title);
    expect(channel.description).toBe(show.description);
    expect(channel.language).toBe('en-GB');
    expect(channel['itunes:image']['@href']).toBe(options.artworkUrl);
    expect(channel['itunes:category'][0]['@text']).toBe('Health & Fitness');
    expect(channel['itunes:category'][0]['itunes:category']['@text']).toBe('Mental Health');
    expect(channel['itunes:category'][1]['@text']).toBe('Society & Culture');
    expect(channel['itunes:explicit']).toBe('false');
    expect(channel['itunes:author']).toBe('Shared Path Community');
    expect(channel['itunes:owner']['itunes:email']).toBe('podcast@example.org');
    expect(channel['itunes:type']).toBe('serial');
    expect(channel['podcast:guid']).toBe(podcastGuid(FEED_URL));
    expect(channel['podcast:locked']['#text']).toBe('yes');
    expect(channel['podcast:locked']['@owner']).toBe('podcast@example.org');
    expect(channel['podcast:funding']['#text']).toBe('Support us & them');
    expect(channel['atom:link']['@href']).toBe(FEED_URL);
  });

  test('item: a title with &, <, > and both quotes round-trips exactly', () => {
    expect(first.title).toBe(TRICKY);
    expect(xml).not.toContain('<live>');
  });

  test('item: content warnings open the description and the show notes', () => {
    expect(first.description).toBe('Content warnings: relapse, death and grief.\n\nSummary with <b>not html</b> & more.');
    expect(first['content:encoded'].startsWith('<p><strong>Content warnings: relapse, death and grief.</strong></p>')).toBe(true);
    expect(second.description).toBe('Summary with <b>not html</b> & more.');
  });

  test('item: enclosure, guid, date, itunes and podcast tags', () => {
    expect(first.enclosure).toEqual({ '@url': 'https://sharedpath.example.org/audio/ep1.mp3', '@length': '31457280', '@type': 'audio/mpeg' });
    expect(first.guid).toEqual({ '#text': 'guid-ep-1', '@isPermaLink': 'false' });
    expect(first.pubDate).toBe('Sat, 02 May 2026 00:00:00 GMT');
    expect(first['itunes:duration']).toBe('2530');
    expect(first['itunes:episode']).toBe('3'); // a bonus keeps its number: see the trailer test below
    expect(first['itunes:season']).toBe('2');
    expect(first['itunes:episodeType']).toBe('bonus');
    expect(first['itunes:explicit']).toBe('true');
    expect(first['podcast:transcript']).toEqual({ '@url': 'https://sharedpath.example.org/podcast/ep-one/transcript.vtt', '@type': 'text/vtt' });
    expect(first['podcast:chapters']).toEqual({ '@url': 'https://sharedpath.example.org/podcast/ep-one/chapters.json', '@type': 'application/json+chapters' });
    expect(first['podcast:person']).toEqual([
      { '#text': 'Sam & Co', '@role': 'host' },
      { '#text': 'Jo', '@role': 'guest', '@href': 'https://example.org/jo' },
    ]);
    // A full episode without a season, in a show with seasons, is in season 1 (as the checks count it).
    expect(second['itunes:season']).toBe('1');
    expect(second['podcast:transcript']).toBeUndefined();
  });

  test('item: a trailer or bonus carries the episode number its editor wrote (issue #16), and the season episodeSeason gives it', () => {
    const items = (episodes: PodcastEpisodeItem[]) =>
      parser.parse(buildPodcastFeed(show, episodes, options)).rss.channel.item.map((i: Record<string, string>) => [i['itunes:episodeType'], i['itunes:season'], i['itunes:episode']]);
    const seasoned = [
      episode({ episodeType: 'trailer', season: undefined }),
      episode({ guid: 'g2', episodeType: 'trailer', season: 2 }),
      episode({ guid: 'g3', episodeType: 'bonus', season: undefined }),
      episode({ guid: 'g4', episodeType: 'full' }),
      episode({ guid: 'g5', episodeType: 'full', season: undefined }),
    ];
    expect(items(seasoned)).toEqual([
      ['trailer', undefined, '3'],
      ['trailer', '2', '3'],
      ['bonus', undefined, '3'],
      ['full', '2', '3'],
      ['full', '1', '3'],
    ]);
    // The episode's page says the same (episodeSeason is shared).
    expect([episodeSeason({ episodeType: 'full' }, true), episodeSeason({ episodeType: 'bonus' }, true), episodeSeason({ episodeType: 'full' }, false), episodeSeason({ season: 2, episodeType: 'trailer' }, false)]).toEqual([1, undefined, undefined, 2]);
    // A show without seasons names none.
    expect(items([episode({ season: undefined, episodeType: 'full' }), episode({ guid: 'g2', season: undefined, episodeType: 'full' })])).toEqual([
      ['full', undefined, '3'],
      ['full', undefined, '3'],
    ]);
  });
});

describe('podcast feed, parsed with podcast-partytime (the Podcast Index parser)', () => {
  const feed = parseFeed(xml)!;

  test('parses, and sees the channel tags', () => {
    expect(feed).not.toBeNull();
    expect(feed.title).toBe(show.title);
    expect(feed.language).toBe('en-GB');
    expect(feed.itunesImage).toBe(options.artworkUrl);
    expect(feed.itunesCategory).toEqual(['Health & Fitness > Mental Health', 'Society & Culture']);
    expect(feed.explicit).toBe(false);
    expect(feed.author).toBe('Shared Path Community');
    expect(feed.owner).toEqual({ name: 'Podcast Team', email: 'podcast@example.org' });
    expect(feed.itunesType).toBe('serial');
    expect(feed.guid).toBe(podcastGuid(FEED_URL));
    expect(feed.locked).toBe(true);
    expect(feed.podcastOwner).toBe('podcast@example.org');
    expect(feed.podcastFunding).toEqual([{ url: 'https://sharedpath.example.org/support/', message: 'Support us & them' }]);
    expect(feed.pubsub?.self).toBe(FEED_URL);
  });

  test('sees every item tag', () => {
    const item = feed.items.find((i) => i.guid === 'guid-ep-1')!;
    expect(item.title).toBe(TRICKY);
    expect(item.enclosure).toEqual({ url: 'https://sharedpath.example.org/audio/ep1.mp3', length: 31457280, type: 'audio/mpeg' });
    expect(item.duration).toBe(2530);
    expect(item.itunesEpisode).toBe(3); // a bonus, numbered by its editor
    expect(item.itunesSeason).toBe(2);
    expect(feed.items.find((i) => i.guid === 'guid-ep-2')).toMatchObject({ itunesEpisode: 4, itunesSeason: 1, itunesEpisodeType: 'full' });
    expect(item.itunesEpisodeType).toBe('bonus');
    expect(item.explicit).toBe(true);
    expect(item.pubDate?.toISOString()).toBe('2026-05-02T00:00:00.000Z');
    expect(item.podcastTranscripts?.[0]).toMatchObject({ url: 'https://sharedpath.example.org/podcast/ep-one/transcript.vtt', type: 'text/vtt' });
    expect(item.podcastChapters).toEqual({ url: 'https://sharedpath.example.org/podcast/ep-one/chapters.json', type: 'application/json+chapters' });
    expect(item.podcastPeople?.map((p) => [p.name, p.role])).toEqual([['Sam & Co', 'Host'], ['Jo', 'Guest']]);
    expect(feed.items).toHaveLength(2);
  });
});

describe('helpers', () => {
  test('an explicit show guid wins over the derived one', () => {
    const kept = buildPodcastFeed({ ...show, guid: '11111111-2222-5333-8444-555555555555' }, [], options);
    expect(parseFeed(kept)?.guid).toBe('11111111-2222-5333-8444-555555555555');
  });

  test('transcript types follow the file extension', () => {
    expect(transcriptType('./ep3.vtt')).toBe('text/vtt');
    expect(transcriptType('./ep3.SRT')).toBe('application/x-subrip');
  });

  test('chapters follow the JSON chapters spec', () => {
    expect(chaptersDocument([{ start: 0, title: 'Welcome' }, { start: 65, title: 'Next', url: 'https://example.org/' }])).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Welcome' },
        { startTime: 65, title: 'Next', url: 'https://example.org/' },
      ],
    });
  });

  test('control characters that XML forbids are dropped instead of breaking the feed', () => {
    const withControl = buildPodcastFeed(show, [episode({ title: 'Bell\u0007 here' })], options);
    expect(parseFeed(withControl)?.items[0]?.title).toBe('Bell here');
  });
});

describe('back catalogue', () => {
  test('the podcast feed keeps every episode, even beyond the site feeds\' FEED_ITEM_LIMIT', () => {
    const count = FEED_ITEM_LIMIT + 12;
    const episodes = Array.from({ length: count }, (_, i) =>
      episode({ title: `Episode ${i + 1}`, guid: `guid-${i + 1}`, episode: i + 1, published: new Date(Date.UTC(2020, 0, 1 + i * 7)) }),
    );
    const items = parser.parse(buildPodcastFeed(show, episodes, options)).rss.channel.item as Array<{ guid: { '#text': string } | string }>;
    expect(items).toHaveLength(count);
    const guids = items.map((i) => (typeof i.guid === 'string' ? i.guid : i.guid['#text']));
    expect(new Set(guids)).toEqual(new Set(episodes.map((e) => e.guid)));
  });
});
