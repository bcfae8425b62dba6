/** JSON chapters of an episode, linked from the podcast feed by podcast:chapters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { podcastEpisodes } from '../../../lib/feeds/podcast-source';
import type { Episode } from '../../../lib/queries';
import { CHAPTERS_TYPE, chaptersDocument } from '../../../lib/podcast-feed';

export const getStaticPaths = (async () =>
  (await podcastEpisodes())
    .filter((episode) => episode.data.chapters.length > 0)
    .map((episode) => ({ params: { slug: episode.id }, props: { episode } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = ({ props: { episode } }) =>
  new Response(JSON.stringify(chaptersDocument(episode.data.chapters), null, 2), {
    // A static build keeps no response header: dist/_headers gives the file this type (src/lib/security-headers.ts).
    headers: { 'Content-Type': `${CHAPTERS_TYPE}; charset=utf-8` },
  });
