/** Every URL of the site, built in one place and reused by pages, feeds and the sitemap. */

export const storyUrl = (slug: string) => `/stories/${slug}/`;
export const episodeUrl = (slug: string) => `/podcast/${slug}/`;
export const guideUrl = (slug: string) => `/guides/${slug}/`;
export const topicUrl = (id: string) => `/topics/${id}/`;
export const topicFeedUrl = (id: string) => `/topics/${id}/rss.xml`;
/** Stories on one recovery path (a page added for readers; not part of the editors' contract). */
export const pathUrl = (id: string) => `/paths/${id}/`;
/** JSON chapters of an episode (Podcasting 2.0 podcast:chapters). */
export const episodeChaptersUrl = (slug: string) => `/podcast/${slug}/chapters.json`;
/** The transcript published beside an episode page, keeping its format's extension. */
export const episodeTranscriptUrl = (slug: string, ext: 'vtt' | 'srt') => `/podcast/${slug}/transcript.${ext}`;

/**
 * The anchor of a meeting on /meetings/. Prefixed, so that no meeting id can clash with an
 * id the page itself uses ("main", "day-monday").
 */
export const meetingAnchor = (id: string) => `meeting-${id}`;

export const URLS = {
  home: '/',
  stories: '/stories/',
  podcast: '/podcast/',
  guides: '/guides/',
  topics: '/topics/',
  meetings: '/meetings/',
  meetingsIcs: '/meetings.ics',
  meetingsJson: '/meetings.json',
  help: '/help/',
  search: '/search/',
  about: '/about/',
  share: '/share-your-story/',
  privacy: '/privacy/',
  rss: '/rss.xml',
  storiesRss: '/stories/rss.xml',
  guidesRss: '/guides/rss.xml',
  podcastFeed: '/podcast/feed.xml',
  /** XSL stylesheet that makes the feeds readable in a browser (src/pages/rss.xsl.ts). */
  feedStylesheet: '/rss.xsl',
} as const;

/**
 * The file a site path such as an episode's `audio.url: /audio/ep3.mp3` points at, relative
 * to public/ and dist/ ("audio/ep3.mp3"); undefined for an absolute URL (a media host).
 */
export function sitePathFile(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = url.split(/[?#]/, 1)[0]!.replace(/^\/+/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The host an absolute URL points at when it is not the site's own (an episode's media
 * host), else undefined: site paths and the site's own address stay on the site.
 */
export function otherHost(url: string, site: string | URL | undefined): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const host = new URL(url).host;
  return site && new URL(site).host === host ? undefined : host;
}
