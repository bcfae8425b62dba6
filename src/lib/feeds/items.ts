/**
 * RSS items for the site feeds (/rss.xml, per kind, per topic), built from plain data.
 * Which entries reach a feed is decided by src/lib/publishing.ts (via queries), never here.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { ContentWarning } from '../../schemas/vocabularies';
import { describeWithWarnings, warningsHtml } from './warnings';
import { escapeXml, withoutXmlInvalid } from './xml';

export type FeedKind = 'story' | 'episode' | 'guide';

const KIND_LABEL: Record<FeedKind, string> = { story: 'Story', episode: 'Podcast episode', guide: 'Guide' };

export interface FeedEntry {
  kind: FeedKind;
  /** Site path of the entry's page, e.g. /stories/first-light/. */
  path: string;
  title: string;
  summary: string;
  published: Date;
  contentWarnings: readonly ContentWarning[];
  /** The rendered body (full content). */
  html: string;
  /** Topic names, shown as categories. */
  topics: readonly string[];
  /** "Shared by M.": the storyteller's chosen name, for stories. */
  byline?: string | undefined;
  /** An episode's audio file. */
  enclosure?: { url: string; length: number; type: string } | undefined;
}

const URL_ATTRIBUTE = /\b(href|src|poster)=(["'])([^"']*)\2/g;
const SRCSET = /\bsrcset=(["'])([^"']*)\1/g;
// A URL with a scheme (https:, mailto:, tel:) is absolute already.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Makes every relative URL in rendered HTML absolute, resolved against the entry's own page
 * (`page`, an absolute URL): "/help/", "../other-guide/", "photo.webp" and "#notes" alike.
 * A feed reader resolves a relative link against the feed's address, not the page's, so
 * "../other-guide/" in /guides/rss.xml would point outside /guides/.
 */
export function absolutizeHtml(html: string, page: string | URL): string {
  const abs = (written: string) => {
    // Character references as the browser reads them ("&#x2F;x" is "/x"); &amp; stays as it is.
    const url = written.replace(/&#x([0-9a-f]+);|&#(\d+);/gi, (_, hex: string | undefined, dec: string | undefined) => String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)));
    if (url === '' || HAS_SCHEME.test(url)) return written;
    try {
      return new URL(url, page).href.replaceAll('&', '&amp;').replaceAll('&amp;amp;', '&amp;');
    } catch {
      return url;
    }
  };
  // Only attributes of tags: text that shows markup ("<code>src="./photo.jpg"</code>",
  // escaped as &lt;…) stays as written.
  return html.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag
      .replace(URL_ATTRIBUTE, (_, name: string, quote: string, url: string) => `${name}=${quote}${abs(url.trim())}${quote}`)
      .replace(SRCSET, (_, quote: string, list: string) => {
        // Candidates are separated by a comma followed by white space (a URL may hold commas).
        const items = list.split(/,\s+/).map((part) => {
          const [url = '', ...rest] = part.trim().split(/\s+/);
          return [abs(url), ...rest].join(' ');
        });
        return `srcset=${quote}${items.join(', ')}${quote}`;
      }),
  );
}

/** One RSS item: warnings first in both the description and the full content. */
export function feedItem(entry: FeedEntry, site: string | URL): RSSFeedItem {
  const byline = entry.byline ? `<p>${escapeXml(entry.byline)}</p>` : '';
  // Control characters pasted into a title or text (a form feed from a word processor) are
  // not allowed in XML at all: a feed holding one is refused by strict readers.
  return {
    title: withoutXmlInvalid(entry.title),
    link: entry.path,
    pubDate: entry.published,
    description: withoutXmlInvalid(describeWithWarnings(entry.summary, entry.contentWarnings)),
    content: withoutXmlInvalid(warningsHtml(entry.contentWarnings) + byline + absolutizeHtml(entry.html, new URL(entry.path, site))),
    categories: [KIND_LABEL[entry.kind], ...entry.topics].map(withoutXmlInvalid),
    ...(entry.enclosure ? { enclosure: { ...entry.enclosure, url: new URL(entry.enclosure.url, site).href } } : {}),
  };
}

/** Newest first; ties broken by path so the order never depends on the file system. */
export function newestFirst<T extends { published: Date; path: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.published.getTime() - a.published.getTime() || a.path.localeCompare(b.path));
}

/**
 * How many items each site RSS feed carries: the newest ones. Feed readers poll for what is
 * new and keep what they have already seen; the site's own pages hold the archive. Without a
 * limit every feed carried every entry's full text (14 MB of RSS at 1,000 stories). The
 * podcast feed is not limited: podcast apps expect the whole back catalogue.
 */
export const FEED_ITEM_LIMIT = 50;

/** The items a feed carries: the newest `limit`, newest first (ties by path). */
export function selectFeedItems<T extends { published: Date; path: string }>(entries: readonly T[], limit = FEED_ITEM_LIMIT): T[] {
  return newestFirst(entries).slice(0, Math.max(0, limit));
}

/**
 * An entry a feed may carry, known by its date and path before its body is rendered:
 * `entry()` renders it (memoised by the caller), and is only called for selected items.
 */
export interface FeedCandidate {
  published: Date;
  path: string;
  entry: () => Promise<FeedEntry>;
}

/** Selects the newest `limit` candidates, then builds only those, in feed order. */
export function feedEntriesOf(candidates: readonly FeedCandidate[], limit = FEED_ITEM_LIMIT): Promise<FeedEntry[]> {
  return Promise.all(selectFeedItems(candidates, limit).map((candidate) => candidate.entry()));
}
