/**
 * The summary card of each kind of entry, as listings show it. Pure: pages pass entries
 * from queries.ts, which only returns entries the publishing module gave a page.
 */
import { formatMinutes } from './duration';
import { entryReadingMinutes, formatReadingTime, type ReadableEntry } from './reading-time';
import { episodeUrl, guideUrl, storyUrl } from './urls';

export interface Card {
  href: string;
  title: string;
  summary: string;
  date: Date;
  /** Short facts after the date, e.g. "M." and "3 min read". */
  facts: string[];
}

interface StoryLike extends ReadableEntry {
  id: string;
  data: { title: string; summary: string; storyteller: string; published: Date };
}
interface EpisodeLike {
  id: string;
  data: { title: string; summary: string; published: Date; episode: number; season?: number | undefined; audio: { duration: number } };
}
interface GuideLike extends ReadableEntry {
  id: string;
  data: { title: string; summary: string; published: Date };
}

export const storyCard = (story: StoryLike): Card => ({
  href: storyUrl(story.id),
  title: story.data.title,
  summary: story.data.summary,
  date: story.data.published,
  facts: [story.data.storyteller, formatReadingTime(entryReadingMinutes(story))],
});

export const episodeCard = (episode: EpisodeLike): Card => ({
  href: episodeUrl(episode.id),
  title: episode.data.title,
  summary: episode.data.summary,
  date: episode.data.published,
  facts: [formatMinutes(episode.data.audio.duration)],
});

export const guideCard = (guide: GuideLike): Card => ({
  href: guideUrl(guide.id),
  title: guide.data.title,
  summary: guide.data.summary,
  date: guide.data.published,
  facts: [formatReadingTime(entryReadingMinutes(guide))],
});
