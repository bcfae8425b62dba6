import type { APIRoute } from 'astro';
import { siteFeedResponse, siteOf } from '../lib/feeds/rss';
import { allFeedEntries } from '../lib/feeds/sources';
import { URLS } from '../lib/urls';
import { SITE } from '../site.config';

export const GET: APIRoute = async ({ site }) =>
  siteFeedResponse({
    title: SITE.name,
    description: `${SITE.tagline ?? SITE.description} Everything new: stories, podcast episodes and guides.`,
    site: siteOf(site),
    page: URLS.home,
    self: URLS.rss,
    entries: await allFeedEntries(siteOf(site)),
  });
