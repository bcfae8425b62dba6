import type { APIRoute } from 'astro';
import { siteFeedResponse, siteOf } from '../../lib/feeds/rss';
import { guideFeedEntries } from '../../lib/feeds/sources';
import { URLS } from '../../lib/urls';
import { SITE } from '../../site.config';

export const GET: APIRoute = async ({ site }) =>
  siteFeedResponse({
    title: `${SITE.name}: guides`,
    description: 'Practical guides for newcomers, families and community leaders.',
    site: siteOf(site),
    page: URLS.guides,
    self: URLS.guidesRss,
    entries: await guideFeedEntries(),
  });
