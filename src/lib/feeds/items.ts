/**
 * RSS items for the site feeds (/rss.xml, per kind, per topic), built from plain data.
 * Which entries reach a feed is decided by src/lib/publishing.ts (via queries), never here.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { ContentWarning } from '../../schemas/vocabularies';
import { describeWithWarnings, warningsHtml } from './warnings';
import { escapeXml } from './xml';

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

const URL_ATTRIBUTE = /\b(href|src|poster)=(["'])(\/(?!\/)[^"']*)\2/g;
const SRCSET = /\bsrcset=(["'])([^"']*)\1/g;

/** Makes site paths in rendered HTML absolute: feed readers resolve nothing against the site. */
export function absolutizeHtml(html: string, site: string | URL): string {
  const abs = (path: string) => new URL(path, site).href;
  return html
    .replace(URL_ATTRIBUTE, (_, name: string, quote: string, path: string) => `${name}=${quote}${abs(path)}${quote}`)
    .replace(SRCSET, (_, quote: string, list: string) => {
      const items = list.split(',').map((part) => {
        const [url = '', ...rest] = part.trim().split(/\s+/);
        return [url.startsWith('/') && !url.startsWith('//') ? abs(url) : url, ...rest].join(' ');
      });
      return `srcset=${quote}${items.join(', ')}${quote}`;
    });
}

/** One RSS item: warnings first in both the description and the full content. */
export function feedItem(entry: FeedEntry, site: string | URL): RSSFeedItem {
  const byline = entry.byline ? `<p>${escapeXml(entry.byline)}</p>` : '';
  return {
    title: entry.title,
    link: entry.path,
    pubDate: entry.published,
    description: describeWithWarnings(entry.summary, entry.contentWarnings),
    content: warningsHtml(entry.contentWarnings) + byline + absolutizeHtml(entry.html, site),
    categories: [KIND_LABEL[entry.kind], ...entry.topics],
    ...(entry.enclosure ? { enclosure: { ...entry.enclosure, url: new URL(entry.enclosure.url, site).href } } : {}),
  };
}

/** Newest first; ties broken by path so the order never depends on the file system. */
export function newestFirst<T extends { published: Date; path: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.published.getTime() - a.published.getTime() || a.path.localeCompare(b.path));
}
