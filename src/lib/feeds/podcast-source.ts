/**
 * Wires the podcast feed to Astro: the show (podcast.yaml), released episodes, the
 * artwork (re-encoded by sharp, so no camera or editor metadata is published), the
 * transcripts and chapters published beside each episode.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { getImage } from 'astro:assets';
import { buildPodcastFeed, showGuid, transcriptType, type PodcastEpisodeItem } from '../podcast-feed';
import { getEpisodes, getPodcast, inFeeds, type Episode } from '../queries';
import { episodeChaptersUrl, episodeTranscriptUrl, episodeUrl, URLS, withBase } from '../urls';
import { episodeGuid } from '../uuid';
import { toldStoriesHtml } from './episode-notes';
import { absolutizeHtml } from './items';
import { renderBody, toldStoriesOf } from './sources';

/** Episodes in the podcast feed: released ones, as the publishing module decides, newest first. */
export const podcastEpisodes = async () => (await getEpisodes()).filter(inFeeds);

export type TranscriptExt = 'vtt' | 'srt';
export const transcriptExt = (episode: Episode): TranscriptExt | undefined =>
  episode.data.transcript ? (extname(episode.data.transcript).toLowerCase() === '.srt' ? 'srt' : 'vtt') : undefined;

/** The transcript file's text; its path in front matter is relative to the episode file. */
export async function readTranscript(episode: Episode): Promise<string> {
  if (!episode.filePath || !episode.data.transcript) throw new Error(`Episode ${episode.id} has no transcript file.`);
  return readFile(resolve(dirname(episode.filePath), episode.data.transcript), 'utf8');
}

/** A metadata-free copy of the artwork in its own format and size, at a content-hashed URL. */
async function artworkUrl(image: ImageMetadata, site: URL): Promise<string> {
  // Reading a property of Astro's image proxy marks the original as used, and Astro then
  // ships the unprocessed file (metadata included) too; `clone` reads it without marking.
  const facts = (image as unknown as { clone: ImageMetadata }).clone;
  const format = facts.format === 'png' ? 'png' : 'jpg';
  const processed = await getImage({ src: image, width: facts.width, height: facts.height, format });
  return new URL(processed.src, site).href;
}

async function episodeItem(episode: Episode, site: URL, guidOfShow: string): Promise<PodcastEpisodeItem> {
  const { data } = episode;
  const ext = transcriptExt(episode);
  const notes = absolutizeHtml(await renderBody(episode), new URL(episodeUrl(episode.id), site)) + toldStoriesHtml(await toldStoriesOf(episode, site));
  return {
    title: data.title,
    summary: data.summary,
    link: new URL(episodeUrl(episode.id), site).href,
    published: data.published,
    guid: episodeGuid(guidOfShow, data),
    episode: data.episode,
    season: data.season,
    episodeType: data.episodeType,
    explicit: data.explicit,
    audio: { url: new URL(withBase(data.audio.url), site).href, bytes: data.audio.bytes, type: data.audio.type, seconds: data.audio.duration },
    contentWarnings: data.contentWarnings,
    notesHtml: notes,
    transcript: ext && data.transcript
      ? { url: new URL(episodeTranscriptUrl(episode.id, ext), site).href, type: transcriptType(data.transcript) }
      : undefined,
    chaptersUrl: data.chapters.length ? new URL(episodeChaptersUrl(episode.id), site).href : undefined,
    people: data.people,
  };
}

/** The podcast feed document, or undefined when the site has no podcast.yaml. */
export async function podcastFeedXml(site: URL): Promise<string | undefined> {
  const show = await getPodcast();
  if (!show) return undefined;
  const feedUrl = new URL(URLS.podcastFeed, site).href;
  const guid = showGuid(show, feedUrl);
  const episodes = await Promise.all((await podcastEpisodes()).map((e) => episodeItem(e, site, guid)));
  return buildPodcastFeed(show, episodes, {
    feedUrl,
    showUrl: new URL(URLS.podcast, site).href,
    artworkUrl: await artworkUrl(show.image as ImageMetadata, site),
    stylesheet: URLS.feedStylesheet,
  });
}
