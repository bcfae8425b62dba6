/**
 * The feeds a page announces in its <head> (<link rel="alternate">), so browsers, feed
 * readers and meeting tools find them. Head.astro renders these; URLs come from urls.ts.
 */
import { topicFeedUrl, URLS } from '../urls';

export interface AlternateLink {
  type: string;
  title: string;
  href: string;
}

export interface DiscoveryOptions {
  siteName: string;
  /** Whether the site has a podcast (src/content/podcast.yaml). */
  podcast?: boolean;
  /** On a topic page: that topic's feed first. */
  topic?: { id: string; name: string } | undefined;
}

/** Autodiscovery links for every page; site paths (Head.astro makes them absolute if it wants). */
export function alternateLinks({ siteName, podcast = false, topic }: DiscoveryOptions): AlternateLink[] {
  const rss = 'application/rss+xml';
  return [
    ...(topic ? [{ type: rss, title: `${siteName}: ${topic.name}`, href: topicFeedUrl(topic.id) }] : []),
    { type: rss, title: siteName, href: URLS.rss },
    { type: rss, title: `${siteName}: stories`, href: URLS.storiesRss },
    { type: rss, title: `${siteName}: guides`, href: URLS.guidesRss },
    ...(podcast ? [{ type: rss, title: `${siteName}: podcast`, href: URLS.podcastFeed }] : []),
    // The Meeting Guide spec asks for exactly this title on its discovery link.
    { type: 'application/json', title: 'Meetings Feed', href: URLS.meetingsJson },
    { type: 'text/calendar', title: `${siteName}: meetings calendar`, href: URLS.meetingsIcs },
  ];
}
