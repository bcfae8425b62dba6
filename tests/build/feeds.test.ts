/**
 * Every feed of a built fixture site, parsed back: RSS (fast-xml-parser), the podcast
 * feed (fast-xml-parser and podcast-partytime), the sitemap, /meetings.ics (ical.js) and
 * /meetings.json. One build for the main scenario, a second for a renamed episode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parseFeed } from 'podcast-partytime';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/items';
import { hasNoindexMeta } from '../../src/lib/feeds/noindex';
import { episodeGuid, podcastGuid } from '../../src/lib/uuid';
import { buildFixture, episodeFile, listFiles, makeFixture, storyFile, type BuildResult } from '../helpers/fixture';
import { parseErrorsOf } from '../helpers/parse-errors';

const SITE = 'https://sharedpath.example.org';
const FEED_URL = `${SITE}/podcast/feed.xml`;
const STORY_TITLE = `Tom & Jerry <b>bold</b> "quoted" and 'single'`;
const EPISODE_TITLE = `Episode 1: Tom & Jerry <live> "on air"`;
const yamlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const scope = (scopes: string, extra = '') => `\n  recordId: "C-2026-070"\n  given: 2026-02-01\n  scope: [${scopes}]${extra}`;
const RSS_FEEDS = ['rss.xml', 'stories/rss.xml', 'guides/rss.xml', 'topics/alcohol/rss.xml', 'topics/family/rss.xml'];
const VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nSam: Welcome & hello <3\n';
const SRT = '1\n00:00:00,000 --> 00:00:02,000\nHello.\n';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'item' || name === 'url' || name === 'sitemap' });
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const items = (dist: string, path: string): Array<Record<string, any>> => xml.parse(read(dist, path)).rss.channel.item ?? [];

const episodeOne = (fields: Record<string, string> = {}) =>
  episodeFile({
    title: yamlString(EPISODE_TITLE),
    summary: '"Sam & Jo talk about asking for help."',
    published: '2026-05-02',
    episode: '1',
    season: '1',
    audio: '\n  url: "/audio/ep1.mp3"\n  bytes: 1234567\n  type: audio/mpeg\n  duration: "00:42:10"',
    transcript: './ep-one.vtt',
    chapters: '\n  - { start: "00:00:00", title: "Welcome" }\n  - { start: "01:05", title: "Asking & answering" }',
    people: '\n  - { name: "Sam", role: host }\n  - { name: "Jo", role: guest }',
    stories: '[first-light, podcast-only, no-feeds]',
    topics: '[alcohol]',
    contentWarnings: '[overdose]',
    ...fields,
  }, 'Show notes with a [help link](/help/).');

describe('feeds of a built site', () => {
  let result: BuildResult;
  let dist: string;

  beforeAll(() => {
    const root = makeFixture('feeds', {
      files: {
        'src/content/podcast.yaml': `${readFileSync(join(import.meta.dirname, '../fixtures/base/src/content/podcast.yaml'), 'utf8')}locked: true\nfunding:\n  url: https://sharedpath.example.org/support/\n  text: "Support us & them"\n`,
        'src/content/stories/tricky.md': storyFile(
          { title: yamlString(STORY_TITLE), topics: '[family]', contentWarnings: '[relapse]' },
          'Tricky body with a [help link](/help/).',
        ),
        'src/content/stories/no-feeds.md': storyFile({ title: '"Nofeedsia story"', topics: '[alcohol]', consent: scope('web, search, podcast') }, 'Nofeedsia body.'),
        'src/content/stories/no-search.md': storyFile({ title: '"Unsearchable story"', topics: '[alcohol]', consent: scope('web, feeds') }, 'Unsearchable body.'),
        'src/content/stories/withdrawn.md': storyFile({ title: '"Withdrawnelle tale"', topics: '[alcohol]', consent: scope('web, search, feeds, podcast', '\n  withdrawn: 2026-06-01') }, 'Withdrawnelle body.'),
        'src/content/stories/podcast-only.md': storyFile({ title: '"Podcastonly voice"', consent: scope('podcast') }, 'Podcastonly body.'),
        'src/content/episodes/ep-one.md': episodeOne(),
        // ep-one's audio is a site path: the file must exist, or the link gate fails the build.
        'public/audio/ep1.mp3': Buffer.from('ID3'),
        'src/content/episodes/ep-one.vtt': VTT,
        'src/content/episodes/ep-two.mdx': episodeFile(
          {
            title: '"Episode 2: MDX"',
            episode: '2',
            season: '1',
            published: '2026-06-01',
            transcript: './ep-two.srt',
            explicit: 'true',
            episodeType: 'bonus',
            // A site path with no file in public/: uploaded to the server apart from the build.
            audio: '\n  url: "/media/ep%202.m4a"\n  bytes: 2000000\n  type: audio/x-m4a\n  duration: "12:00"',
          },
          'MDX notes: {3 * 7} cups of tea.',
        ),
        'src/content/episodes/ep-two.srt': SRT,
        'src/content/guides/start-here.md': '---\ntitle: "Start here"\nsummary: "Where to begin."\npublished: 2026-01-10\ntopics: [family]\n---\n\nGuide body.\n',
        'src/content/meetings.yaml':
          '- id: tuesday-circle\n  name: Tuesday circle\n  format: hybrid\n  day: tuesday\n  start: "19:30"\n  durationMinutes: 90\n  timezone: America/Chicago\n  location: { name: Hall, address: "1 Main St, Chicago, IL" }\n  join: https://meet.example.org/t\n  language: en\n' +
          // An id the meetings page itself uses ("main"): the meeting's anchor must not clash.
          '- id: main\n  name: Main online group\n  format: online\n  day: friday\n  start: "08:00"\n  durationMinutes: 60\n  timezone: America/Chicago\n  join: https://meet.example.org/m\n',
        // A page that only places the subscribe panel, so its markup can be checked.
        'src/pages/subscribe-test.astro': '---\nimport SubscribePanel from "../components/SubscribePanel.astro";\n---\n<!doctype html>\n<html lang="en"><head><title>t</title></head><body><SubscribePanel /></body></html>\n',
      },
    });
    result = buildFixture(root);
    dist = result.dist;
  }, 240_000);

  test('the build succeeds', () => {
    expect(result.code, result.output).toBe(0);
  });

  test('every HTML page parses without a parse error (src/lib/gates/parse-errors.ts)', () => {
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['podcast/ep-one/index.html', 'podcast/ep-two/index.html', 'search/index.html', 'subscribe-test/index.html']));
    expect(parseErrorsOf(dist, pages.map((file) => join(dist, file)))).toEqual([]);
  });

  test('site-path audio missing from public/ is a warning naming file and field, and the player still points at it', () => {
    expect(result.output).toMatch(/src\/content\/episodes\/ep-two\.mdx:\d+ +audio\.url: "\/media\/ep%202\.m4a" is not in public\/ \(no public\/media\/ep 2\.m4a\)/);
    expect(result.output).not.toMatch(/ep-one\.md:\d+ +audio\.url/);
    expect(read(dist, 'podcast/ep-two/index.html')).toContain('src="/media/ep%202.m4a"');
    const two = items(dist, 'podcast/feed.xml').find((i) => i.title === 'Episode 2: MDX')!;
    expect(two.enclosure['@url']).toBe(`${SITE}/media/ep%202.m4a`);
  });

  describe('RSS', () => {
    test('every feed parses, is RSS 2.0 with a self link and the readable stylesheet', () => {
      for (const feed of RSS_FEEDS) {
        const text = read(dist, feed);
        const doc = xml.parse(text);
        expect(doc.rss['@version'], feed).toBe('2.0');
        expect(doc.rss.channel['atom:link']['@href'], feed).toBe(`${SITE}/${feed}`);
        expect(text, feed).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
      }
      expect(existsSync(join(dist, 'rss.xsl'))).toBe(true);
    });

    test('/rss.xml has stories, episodes and guides, newest first', () => {
      const titles = items(dist, 'rss.xml').map((i) => i.title);
      expect(titles).toEqual(expect.arrayContaining([STORY_TITLE, 'First light', 'Unsearchable story', EPISODE_TITLE, 'Episode 2: MDX', 'Start here']));
      const dates = items(dist, 'rss.xml').map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });

    test('a title with &, <, > and quotes round-trips exactly', () => {
      const story = items(dist, 'stories/rss.xml').find((i) => i.link === `${SITE}/stories/tricky/`)!;
      expect(story.title).toBe(STORY_TITLE);
      expect(items(dist, 'rss.xml').find((i) => i.link === `${SITE}/podcast/ep-one/`)?.title).toBe(EPISODE_TITLE);
    });

    test('items carry full content with absolute links, content warnings first', () => {
      const story = items(dist, 'stories/rss.xml').find((i) => i.link === `${SITE}/stories/tricky/`)!;
      expect(story.description.startsWith('Content warning: relapse.\n\n')).toBe(true);
      expect(story['content:encoded'].startsWith('<p><strong>Content warning: relapse.</strong></p>')).toBe(true);
      expect(story['content:encoded']).toContain(`<a href="${SITE}/help/">help link</a>`);
      const mdx = items(dist, 'rss.xml').find((i) => i.title === 'Episode 2: MDX')!;
      expect(mdx['content:encoded']).toContain('MDX notes: 21 cups of tea.');
      expect(mdx.enclosure['@url']).toBe(`${SITE}/media/ep%202.m4a`); // a site path, made absolute
    });

    test('no site feed holds more than FEED_ITEM_LIMIT items (the selection itself: tests/unit/feeds-items.test.ts)', () => {
      for (const feed of RSS_FEEDS) {
        const count = items(dist, feed).length;
        expect(count, feed).toBeGreaterThan(0);
        expect(count, feed).toBeLessThanOrEqual(FEED_ITEM_LIMIT);
      }
    });

    test('per-kind and per-topic feeds hold only their entries', () => {
      expect(items(dist, 'guides/rss.xml').map((i) => i.title)).toEqual(['Start here']);
      expect(items(dist, 'stories/rss.xml').every((i) => i.link.startsWith(`${SITE}/stories/`))).toBe(true);
      expect(items(dist, 'topics/family/rss.xml').map((i) => i.title).sort()).toEqual([STORY_TITLE, 'Start here'].sort());
      expect(items(dist, 'topics/alcohol/rss.xml').map((i) => i.title).sort()).toEqual([EPISODE_TITLE, 'First light', 'Unsearchable story'].sort());
    });

    test('a withdrawn story, a story without feeds consent and one without a page are in no feed', () => {
      for (const feed of [...RSS_FEEDS, 'podcast/feed.xml']) {
        const text = read(dist, feed);
        expect(text, feed).not.toContain('Withdrawnelle');
        expect(text, feed).not.toContain('Nofeedsia');
        expect(text, feed).not.toContain('/stories/withdrawn/');
        expect(text, feed).not.toContain('/stories/no-feeds/');
        expect(text, feed).not.toContain('/stories/podcast-only/');
        expect(text, feed).not.toContain('Podcastonly');
      }
    });

    test('a story told in an episode but without web consent leaves no trace in dist/, search index included', () => {
      const page = read(dist, 'podcast/ep-one/index.html');
      expect(page).toContain('<a href="/stories/first-light/">First light</a>');
      expect(page).toContain('<a href="/stories/no-feeds/">Nofeedsia story</a>');
      const traces = listFiles(dist).filter((file) => {
        const bytes = readFileSync(join(dist, file));
        const text = (file.startsWith('pagefind/') && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
        return /Podcastonly|podcast-only/.test(text);
      });
      expect(traces).toEqual([]);
    });
  });

  describe('podcast feed', () => {
    let text: string;
    beforeAll(() => {
      text = read(dist, 'podcast/feed.xml');
    });

    test('parses with podcast-partytime, with every channel tag', () => {
      const feed = parseFeed(text)!;
      expect(feed.title).toBe('Fixture Podcast');
      expect(feed.description).toBe('A podcast used by tests.');
      expect(feed.language).toBe('en');
      expect(feed.itunesCategory).toEqual(['Health & Fitness > Mental Health']);
      expect(feed.explicit).toBe(false);
      expect(feed.author).toBe('Fixture Community');
      expect(feed.owner).toEqual({ name: 'Fixture Editor', email: 'editor@example.org' });
      expect(feed.itunesType).toBe('episodic');
      expect(feed.guid).toBe(podcastGuid(FEED_URL));
      expect(feed.locked).toBe(true);
      expect(feed.podcastFunding).toEqual([{ url: 'https://sharedpath.example.org/support/', message: 'Support us & them' }]);
      expect(feed.items).toHaveLength(2);
    });

    test('the artwork is published at an absolute URL as a square, metadata-free PNG of the right size', async () => {
      const artwork = parseFeed(text)!.itunesImage!;
      expect(artwork.startsWith(`${SITE}/`)).toBe(true);
      const file = join(dist, new URL(artwork).pathname);
      expect(existsSync(file)).toBe(true);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1400, 1400]);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    });

    test('items: enclosure, guid, duration, numbering, transcript, chapters, people', () => {
      const feed = parseFeed(text)!;
      const one = feed.items.find((i) => i.link === `${SITE}/podcast/ep-one/`)!;
      expect(one.title).toBe(EPISODE_TITLE);
      expect(one.enclosure).toEqual({ url: `${SITE}/audio/ep1.mp3`, length: 1234567, type: 'audio/mpeg' });
      expect(one.guid).toBe(episodeGuid(podcastGuid(FEED_URL), { episode: 1, season: 1 }));
      expect(one.duration).toBe(2530);
      expect([one.itunesEpisode, one.itunesSeason, one.itunesEpisodeType, one.explicit]).toEqual([1, 1, 'full', false]);
      expect(one.pubDate?.toISOString()).toBe('2026-05-02T00:00:00.000Z');
      expect(one.podcastTranscripts?.[0]).toMatchObject({ url: `${SITE}/podcast/ep-one/transcript.vtt`, type: 'text/vtt' });
      expect(one.podcastChapters).toEqual({ url: `${SITE}/podcast/ep-one/chapters.json`, type: 'application/json+chapters' });
      expect(one.podcastPeople?.map((p) => [p.name, p.role])).toEqual([['Sam', 'Host'], ['Jo', 'Guest']]);
      expect(one.description?.startsWith('Content warning: overdose.')).toBe(true);
      const two = feed.items.find((i) => i.link === `${SITE}/podcast/ep-two/`)!;
      // A bonus keeps the number its editor gave it (issue #16): Apple makes it optional, not forbidden.
      expect([two.itunesEpisode, two.itunesSeason, two.itunesEpisodeType, two.explicit]).toEqual([2, 1, 'bonus', true]);
      // Written as application/x-subrip (the spec's SRT type); partytime normalises SRT types.
      expect(two.podcastTranscripts?.[0]).toMatchObject({ url: `${SITE}/podcast/ep-two/transcript.srt`, type: 'application/srt' });
      expect(text).toContain(`<podcast:transcript url="${SITE}/podcast/ep-two/transcript.srt" type="application/x-subrip"/>`);
      expect(two.podcastChapters).toBeUndefined();
    });

    test('each episode page numbers the episode as the feed does, a bonus too', () => {
      const feed = parseFeed(text)!;
      for (const item of feed.items) {
        const number = `${item.itunesSeason ? `Season ${item.itunesSeason}, episode` : 'Episode'} ${item.itunesEpisode}`;
        const facts = /<p class="facts"[^>]*>([^<]*)/.exec(read(dist, `${new URL(item.link!).pathname}index.html`))?.[1];
        expect(facts, item.link).toBe(`${number}${item.itunesEpisodeType === 'full' ? '' : ` (${item.itunesEpisodeType})`} · `);
      }
      expect(feed.items.map((i) => i.itunesEpisode)).toEqual(expect.arrayContaining([1, 2]));
    });

    test('the episode title round-trips exactly through fast-xml-parser too', () => {
      const channel = xml.parse(text).rss.channel;
      expect(channel.item.map((i: Record<string, string>) => i.title)).toContain(EPISODE_TITLE);
      expect(channel['itunes:image']['@href']).toMatch(/^https:\/\/sharedpath\.example\.org\/_astro\/.+\.png$/);
    });

    test('transcripts and chapters are published where the feed points', () => {
      expect(read(dist, 'podcast/ep-one/transcript.vtt')).toBe(VTT);
      expect(read(dist, 'podcast/ep-two/transcript.srt')).toBe(SRT);
      expect(JSON.parse(read(dist, 'podcast/ep-one/chapters.json'))).toEqual({
        version: '1.2.0',
        chapters: [{ startTime: 0, title: 'Welcome' }, { startTime: 65, title: 'Asking & answering' }],
      });
      expect(existsSync(join(dist, 'podcast/ep-two/chapters.json'))).toBe(false);
    });

    test('stories told in an episode: a feed names only those with web and feeds consent', () => {
      const notes = xml.parse(text).rss.channel.item.find((i: Record<string, string>) => i.title === EPISODE_TITLE)['content:encoded'];
      expect(notes).toContain(`<a href="${SITE}/stories/first-light/">First light</a>`);
      const rssNotes = items(dist, 'rss.xml').find((i) => i.title === EPISODE_TITLE)!['content:encoded'];
      expect(rssNotes).toContain(`<a href="${SITE}/stories/first-light/">First light</a>`);
      for (const told of [notes, rssNotes]) {
        expect(told).not.toContain('Podcastonly'); // podcast consent only: no page, so named nowhere
        expect(told).not.toContain('Nofeedsia'); // web and podcast, but no feeds consent
      }
      expect(notes).toContain(`<a href="${SITE}/help/">help link</a>`);
    });
  });

  describe('sitemap', () => {
    test('lists pages, leaving out noindex pages, withdrawn stories and non-HTML files', () => {
      const index = xml.parse(read(dist, 'sitemap-index.xml'));
      const urls = index.sitemapindex.sitemap.flatMap((s: { loc: string }) =>
        xml.parse(read(dist, new URL(s.loc).pathname)).urlset.url.map((u: { loc: string }) => u.loc),
      );
      expect(urls).toEqual(expect.arrayContaining([`${SITE}/stories/tricky/`, `${SITE}/stories/no-feeds/`, `${SITE}/podcast/ep-one/`, `${SITE}/guides/start-here/`]));
      expect(urls).not.toContain(`${SITE}/stories/no-search/`);
      expect(existsSync(join(dist, 'stories/no-search/index.html'))).toBe(true);
      // The sitemap reads this tag (written from the publishing module's decision) in the page's head.
      expect(hasNoindexMeta(read(dist, 'stories/no-search/index.html'))).toBe(true);
      expect(hasNoindexMeta(read(dist, 'stories/tricky/index.html'))).toBe(false);
      expect(urls.some((u: string) => u.includes('withdrawn') || u.includes('podcast-only'))).toBe(false);
      expect(urls.some((u: string) => !u.endsWith('/'))).toBe(false);
    });
  });

  describe('meetings', () => {
    test('/meetings.ics: January and July occurrences at the right UTC instants', () => {
      const calendar = new ICAL.Component(ICAL.parse(read(dist, 'meetings.ics')));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const vevent = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('summary') === 'Tuesday circle');
      const event = new ICAL.Event(vevent!);
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Chicago');
      const starts: string[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.year < 2028; next = iterator.next()) {
        if (next.year === 2027 && (next.month === 1 || next.month === 7)) starts.push(next.toJSDate().toISOString());
      }
      expect(starts[0]).toBe('2027-01-06T01:30:00.000Z');
      expect(starts.find((s) => s.startsWith('2027-07'))).toBe('2027-07-07T00:30:00.000Z');
    });

    test('/meetings.json: the same meeting in the Meeting Guide format', () => {
      const meetings = JSON.parse(read(dist, 'meetings.json'));
      expect(meetings).toHaveLength(2);
      expect(meetings).toContainEqual(
        expect.objectContaining({ name: 'Tuesday circle', slug: 'tuesday-circle', day: 2, time: '19:30', end_time: '21:00', timezone: 'America/Chicago', conference_url: 'https://meet.example.org/t', types: ['EN'] }),
      );
    });

    test('a meeting whose id the page itself uses ("main") gets its own anchor, so ids stay unique', () => {
      const page = read(dist, 'meetings/index.html');
      expect(page).toContain('id="meeting-main"');
      expect(page.match(/ id="main"/g)).toHaveLength(1);
      expect(JSON.parse(read(dist, 'meetings.json'))).toContainEqual(expect.objectContaining({ slug: 'main', url: `${SITE}/meetings/#meeting-main` }));
    });
  });

  describe('subscribe panel and stylesheet', () => {
    test('the panel offers a selectable feed URL without JavaScript, a copy button and app links', () => {
      const html = read(dist, 'subscribe-test/index.html');
      expect(html).toMatch(new RegExp(`<input[^>]*value="${FEED_URL.replaceAll('.', '\\.')}"[^>]*readonly`));
      expect(html).toMatch(/<label for="subscribe-url"[^>]*>Podcast feed address<\/label>/);
      expect(html).toMatch(/<button type="button" hidden[^>]*data-subscribe-copy/);
      expect(html).toContain('href="podcast://sharedpath.example.org/podcast/feed.xml"');
      expect(html).toMatch(/role="status"/);
    });

    test('the XSL stylesheet loads nothing: no scripts, images, stylesheets or imports', () => {
      const xsl = read(dist, 'rss.xsl');
      expect(xsl).not.toMatch(/<script|<img|<link|<iframe|@import|url\(|src=/i);
      expect(xsl).toContain('<xsl:stylesheet');
    });
  });

  test('nothing of the withdrawn story is anywhere in the feeds output folder', () => {
    const feedFiles = listFiles(dist).filter((f) => /\.(xml|ics|json|vtt|srt)$/.test(f));
    for (const file of feedFiles) expect(read(dist, file), file).not.toContain('Withdrawnelle');
  });
});

describe('episode guid', () => {
  test('stays the same when the file is renamed and the title edited', () => {
    const root = makeFixture('feeds-rename', {
      files: {
        'src/content/episodes/renamed-episode-file.md': episodeOne({ title: '"A completely new title"', stories: '[first-light]' }),
        'public/audio/ep1.mp3': Buffer.from('ID3'),
        'src/content/episodes/ep-one.vtt': VTT,
      },
    });
    const renamed = buildFixture(root);
    expect(renamed.code, renamed.output).toBe(0);
    const feed = parseFeed(read(renamed.dist, 'podcast/feed.xml'))!;
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.title).toBe('A completely new title');
    expect(feed.items[0]!.link).toBe(`${SITE}/podcast/renamed-episode-file/`);
    expect(feed.items[0]!.guid).toBe(episodeGuid(podcastGuid(FEED_URL), { episode: 1, season: 1 }));
    // No meetings.yaml: both meeting files still exist and are valid, and empty.
    expect(JSON.parse(read(renamed.dist, 'meetings.json'))).toEqual([]);
    expect(new ICAL.Component(ICAL.parse(read(renamed.dist, 'meetings.ics'))).getAllSubcomponents('vevent')).toHaveLength(0);
  }, 240_000);
});

describe('podcast artwork is checked before the build', () => {
  const withArtwork = async (width: number, height: number) => {
    const png = await sharp({ create: { width, height, channels: 3, background: '#336699' } }).png().toBuffer();
    return buildFixture(makeFixture('feeds-artwork', { files: { 'src/content/podcast-artwork.png': png } }));
  };

  test('non-square artwork fails the build, naming the file and the field', async () => {
    const failed = await withArtwork(1600, 1400);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/src\/content\/podcast\.yaml:\d+ +image: .*podcast-artwork\.png is 1600×1400 px; podcast artwork must be square/);
    expect(existsSync(join(failed.dist, 'podcast/feed.xml'))).toBe(false);
  }, 120_000);

  test('too-small artwork fails the build, naming the file and the field', async () => {
    const failed = await withArtwork(800, 800);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/src\/content\/podcast\.yaml:\d+ +image: .*must be between 1400×1400 and 3000×3000 px/);
  }, 120_000);
});
