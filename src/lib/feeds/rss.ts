/** One RSS response for the site feeds: @astrojs/rss with our items, stylesheet and self link. */
import rss from '@astrojs/rss';
import { SITE } from '../../site.config';
import { URLS } from '../urls';
import { feedItem, type FeedEntry } from './items';
import { escapeXml, withoutXmlInvalid } from './xml';

export interface SiteFeed {
  title: string;
  description: string;
  /** The site's URL (the endpoint's `site`). */
  site: string | URL;
  /** Site path of the page this feed follows, e.g. /stories/ (the channel link). */
  page: string;
  /** Site path of the feed itself (atom:link rel=self). */
  self: string;
  entries: readonly FeedEntry[];
}

export function siteFeedResponse(feed: SiteFeed): Promise<Response> {
  const self = new URL(feed.self, feed.site).href;
  return rss({
    title: withoutXmlInvalid(feed.title),
    description: withoutXmlInvalid(feed.description),
    site: new URL(feed.page, feed.site).href,
    items: feed.entries.map((entry) => feedItem(entry, feed.site)),
    stylesheet: URLS.feedStylesheet,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Escaped here because @astrojs/rss re-parses customData (withastro/astro#5794).
    customData: `<language>${escapeXml(SITE.language)}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}

/** The site URL an endpoint should build absolute links from. */
export const siteOf = (site: URL | undefined) => site ?? new URL(SITE.url);
