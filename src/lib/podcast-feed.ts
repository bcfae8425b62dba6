/**
 * The podcast feed: RSS 2.0 with the Apple Podcasts (itunes) and Podcasting 2.0 (podcast)
 * namespaces, written from plain data so it can be tested without a build.
 * Apple: https://podcasters.apple.com/support/823-podcast-requirements
 * Podcasting 2.0: https://podcastindex.org/namespace/1.0
 */
import type { PodcastCategory } from '../schemas/podcast';
import type { ContentWarning } from '../schemas/vocabularies';
import { describeWithWarnings, warningsHtml } from './feeds/warnings';
import { element, textElement, type Child } from './feeds/xml';
import { podcastGuid } from './uuid';

export interface PodcastShow {
  title: string;
  description: string;
  author: string;
  owner: { name: string; email: string };
  language: string;
  categories: readonly PodcastCategory[];
  explicit: boolean;
  type: 'episodic' | 'serial';
  locked: boolean;
  funding?: { url: string; text: string } | undefined;
  /** podcast:guid set by the editor (e.g. kept from a previous host); else derived from the feed URL. */
  guid?: string | undefined;
}

export interface PodcastEpisodeItem {
  title: string;
  summary: string;
  /** Absolute URL of the episode page. */
  link: string;
  published: Date;
  guid: string;
  episode: number;
  season?: number | undefined;
  episodeType: 'full' | 'trailer' | 'bonus';
  explicit: boolean;
  /** Absolute URL, exact byte length and MIME type of the audio file. */
  audio: { url: string; bytes: number; type: string; seconds: number };
  contentWarnings: readonly ContentWarning[];
  /** Show notes as HTML with absolute links. */
  notesHtml: string;
  transcript?: { url: string; type: string } | undefined;
  chaptersUrl?: string | undefined;
  people: ReadonlyArray<{ name: string; role: 'host' | 'guest'; href?: string | undefined }>;
}

export interface PodcastFeedOptions {
  /** Absolute URL of this feed (atom:link rel=self, and the seed of podcast:guid). */
  feedUrl: string;
  /** Absolute URL of the show's page on the site. */
  showUrl: string;
  /** Absolute URL of the processed artwork. */
  artworkUrl: string;
  /** Site path of an XSL stylesheet that makes the feed readable in a browser. */
  stylesheet?: string | undefined;
}

export const NAMESPACES = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

/** The media type of an episode's chapters.json (Podcasting 2.0 JSON chapters). */
export const CHAPTERS_TYPE = 'application/json+chapters';

/** The feed's podcast:guid: the editor's, or the UUIDv5 of the feed URL. */
export const showGuid = (show: { guid?: string | undefined }, feedUrl: string) => show.guid ?? podcastGuid(feedUrl);

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const trueFalse = (value: boolean) => (value ? 'true' : 'false');

function category({ name, subcategory }: PodcastCategory): string {
  return element('itunes:category', { text: name }, [subcategory && element('itunes:category', { text: subcategory })]);
}

/**
 * An episode's season as the feed and its page give it. `seasoned`: some episode of the show
 * has a season. A full episode without one then counts as season 1, as the content checks
 * count it, or Apple would list it under no season; a trailer or bonus without one stays the
 * show's own.
 */
export function episodeSeason(episode: { season?: number | undefined; episodeType: string }, seasoned: boolean): number | undefined {
  return episode.season ?? (seasoned && episode.episodeType === 'full' ? 1 : undefined);
}

function item(episode: PodcastEpisodeItem, seasoned: boolean): string {
  const season = episodeSeason(episode, seasoned);
  const children: Child[] = [
    textElement('title', episode.title),
    textElement('description', describeWithWarnings(episode.summary, episode.contentWarnings)),
    textElement('content:encoded', warningsHtml(episode.contentWarnings) + episode.notesHtml),
    textElement('link', episode.link),
    textElement('guid', episode.guid, { isPermaLink: 'false' }),
    textElement('pubDate', episode.published.toUTCString()),
    textElement('enclosure', undefined, { url: episode.audio.url, length: episode.audio.bytes, type: episode.audio.type }),
    textElement('itunes:duration', episode.audio.seconds),
    // The number the editor wrote, for a trailer or bonus too (issue #16): Apple makes it
    // optional for them, not forbidden, and the episode's page shows it. Numbers are unique
    // within a season across all types (entry-rules.ts), as the guids made from them must be.
    textElement('itunes:episode', episode.episode),
    season !== undefined && textElement('itunes:season', season),
    textElement('itunes:episodeType', episode.episodeType),
    textElement('itunes:explicit', trueFalse(episode.explicit)),
    episode.transcript && textElement('podcast:transcript', undefined, { url: episode.transcript.url, type: episode.transcript.type }),
    episode.chaptersUrl && textElement('podcast:chapters', undefined, { url: episode.chaptersUrl, type: CHAPTERS_TYPE }),
    ...episode.people.map((p) => textElement('podcast:person', p.name, { role: p.role, href: p.href })),
  ];
  return element('item', {}, children);
}

/** The whole feed document. */
export function buildPodcastFeed(show: PodcastShow, episodes: readonly PodcastEpisodeItem[], options: PodcastFeedOptions): string {
  const seasoned = episodes.some((e) => e.season !== undefined);
  const newest = episodes.reduce<Date | undefined>((max, e) => (!max || e.published > max ? e.published : max), undefined);
  const channel = element('channel', {}, [
    textElement('title', show.title),
    textElement('description', show.description),
    textElement('link', options.showUrl),
    textElement('language', show.language),
    newest && textElement('pubDate', newest.toUTCString()),
    textElement('atom:link', undefined, { href: options.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    element('image', {}, [textElement('url', options.artworkUrl), textElement('title', show.title), textElement('link', options.showUrl)]),
    textElement('itunes:image', undefined, { href: options.artworkUrl }),
    ...show.categories.map(category),
    textElement('itunes:explicit', trueFalse(show.explicit)),
    textElement('itunes:author', show.author),
    element('itunes:owner', {}, [textElement('itunes:name', show.owner.name), textElement('itunes:email', show.owner.email)]),
    textElement('itunes:type', show.type),
    textElement('podcast:guid', showGuid(show, options.feedUrl)),
    textElement('podcast:locked', yesNo(show.locked), { owner: show.owner.email }),
    show.funding && textElement('podcast:funding', show.funding.text, { url: show.funding.url }),
    ...episodes.map((episode) => item(episode, seasoned)),
  ]);
  const stylesheet = options.stylesheet ? `<?xml-stylesheet href="${options.stylesheet}" type="text/xsl"?>\n` : '';
  const ns = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${stylesheet}<rss version="2.0"${ns}>\n${channel}\n</rss>\n`;
}

/** MIME type of a transcript file, by extension (Podcasting 2.0 transcript types). */
export function transcriptType(path: string): 'text/vtt' | 'application/x-subrip' {
  return /\.srt$/i.test(path) ? 'application/x-subrip' : 'text/vtt';
}

/**
 * A JSON chapters document (Podcasting 2.0 jsonChapters.md, version 1.2.0):
 * startTime in seconds, title, optional url.
 */
export function chaptersDocument(chapters: ReadonlyArray<{ start: number; title: string; url?: string | undefined }>) {
  return {
    version: '1.2.0',
    chapters: chapters.map((c) => ({ startTime: c.start, title: c.title, ...(c.url ? { url: c.url } : {}) })),
  };
}
