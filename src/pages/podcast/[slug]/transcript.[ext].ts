/** An episode's transcript (WebVTT or SRT), published beside its page for podcast:transcript. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { podcastEpisodes, readTranscript, transcriptExt } from '../../../lib/feeds/podcast-source';
import type { Episode } from '../../../lib/queries';
import { transcriptType } from '../../../lib/podcast-feed';

export const getStaticPaths = (async () =>
  (await podcastEpisodes()).flatMap((episode) => {
    const ext = transcriptExt(episode);
    return ext ? [{ params: { slug: episode.id, ext }, props: { episode } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = async ({ props: { episode } }) =>
  new Response(await readTranscript(episode), {
    headers: { 'Content-Type': `${transcriptType(episode.data.transcript ?? '')}; charset=utf-8` },
  });
