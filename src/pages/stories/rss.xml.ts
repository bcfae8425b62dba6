import type { APIRoute } from 'astro';
import { siteFeedResponse, siteOf } from '../../lib/feeds/rss';
import { storyFeedEntries } from '../../lib/feeds/sources';
import { URLS } from '../../lib/urls';
import { SITE } from '../../site.config';

export const GET: APIRoute = async ({ site }) =>
  siteFeedResponse({
    title: `${SITE.name}: stories`,
    description: 'Stories shared by members, with their consent.',
    site: siteOf(site),
    page: URLS.stories,
    self: URLS.storiesRss,
    entries: await storyFeedEntries(),
  });
