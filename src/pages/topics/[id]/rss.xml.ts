import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeedResponse, siteOf } from '../../../lib/feeds/rss';
import { allFeedEntries } from '../../../lib/feeds/sources';
import { getTopics, type Topic } from '../../../lib/queries';
import { topicFeedUrl, topicUrl } from '../../../lib/urls';
import { SITE } from '../../../site.config';

export const getStaticPaths = (async () =>
  (await getTopics()).map((topic) => ({ params: { id: topic.data.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ site, props: { topic } }) =>
  siteFeedResponse({
    title: `${SITE.name}: ${topic.data.name}`,
    description: topic.data.description,
    site: siteOf(site),
    page: topicUrl(topic.data.id),
    self: topicFeedUrl(topic.data.id),
    entries: await allFeedEntries(siteOf(site), topic.data.id),
  });
