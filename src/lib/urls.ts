/**
 * Every URL of the site, built in one place and reused by pages, feeds and the sitemap.
 * Each is a path from the host's root, under the path the site lives at ("/" or, for a
 * GitHub project page, "/repo/": Astro's `base`, from site.yaml's url or SITE_URL).
 */

declare const __SHARED_PATH_BASE__: string | undefined;
/**
 * The site's base path, which astro.config.mjs has Vite write into pages and browser scripts
 * (`vite.define`; not import.meta.env.BASE_URL, which a BASE_URL variable in the build's
 * environment overrides). Outside a build (scripts run by tsx, unit tests) there is none: "/".
 */
const BASE: string = typeof __SHARED_PATH_BASE__ === 'string' ? __SHARED_PATH_BASE__ : '/';

/** A root path under the site's base: "/help/" → "/repo/help/". Anything else is left as it is. */
export function withBase(path: string, base: string = BASE): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return path === prefix || path.startsWith(`${prefix}/`) ? path : `${prefix}${path}`;
}

/** The reverse, for a path read back from a built page: "/repo/help/" → "/help/" (dist/help/). */
export function withoutBase(path: string, base: string = BASE): string {
  if (base === '/') return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}


export const storyUrl = (slug: string) => withBase(`/stories/${slug}/`);
export const episodeUrl = (slug: string) => withBase(`/podcast/${slug}/`);
export const guideUrl = (slug: string) => withBase(`/guides/${slug}/`);
export const topicUrl = (id: string) => withBase(`/topics/${id}/`);
export const topicFeedUrl = (id: string) => withBase(`/topics/${id}/rss.xml`);
/** Stories on one recovery path (a page added for readers; not part of the editors' contract). */
export const pathUrl = (id: string) => withBase(`/paths/${id}/`);
/** JSON chapters of an episode (Podcasting 2.0 podcast:chapters). */
export const episodeChaptersUrl = (slug: string) => withBase(`/podcast/${slug}/chapters.json`);
/** The transcript published beside an episode page, keeping its format's extension. */
export const episodeTranscriptUrl = (slug: string, ext: 'vtt' | 'srt') => withBase(`/podcast/${slug}/transcript.${ext}`);

/**
 * The anchor of a meeting on /meetings/. Prefixed, so that no meeting id can clash with an
 * id the page itself uses ("main", "day-monday").
 */
export const meetingAnchor = (id: string) => `meeting-${id}`;

/** Root paths as Astro writes them into dist/ (for a file's place there): without the base. */
export const ROUTES = {
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

/** The same addresses under the site's base, for links. */
export const URLS = Object.fromEntries(Object.entries(ROUTES).map(([k, v]) => [k, withBase(v)])) as { readonly [K in keyof typeof ROUTES]: string };

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
