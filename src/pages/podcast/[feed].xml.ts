/**
 * /podcast/feed.xml. A dynamic route only so that a site without podcast.yaml emits no
 * feed at all (getStaticPaths returns nothing), rather than an empty or broken one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { podcastFeedXml } from '../../lib/feeds/podcast-source';
import { getPodcast } from '../../lib/queries';
import { siteOf } from '../../lib/feeds/rss';

export const getStaticPaths = (async () => ((await getPodcast()) ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const xml = await podcastFeedXml(siteOf(site));
  return new Response(xml ?? '', { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
