/**
 * The summary card of each kind of entry, as listings show it. Pure: pages pass entries
 * from queries.ts, which only returns entries the publishing module gave a page. A summary
 * of hard material comes after its content warnings, as on the entry's page and in feeds.
 */
import type { ContentWarning } from '../schemas/vocabularies';
import { formatMinutes } from './duration';
import { warningsText } from './feeds/warnings';
import { entryReadingMinutes, formatReadingTime, type ReadableEntry } from './reading-time';
import { episodeUrl, guideUrl, storyUrl } from './urls';

export interface Card {
  href: string;
  title: string;
  summary: string;
  date: Date;
  /** Short facts after the date, e.g. "M." and "3 min read". */
  facts: string[];
  /** "Content warnings: relapse, overdose.", shown before the summary; undefined when none. */
  warning?: string | undefined;
}

interface StoryLike extends ReadableEntry {
  id: string;
  data: { title: string; summary: string; storyteller: string; published: Date; contentWarnings?: readonly ContentWarning[] };
}
interface EpisodeLike {
  id: string;
  data: { title: string; summary: string; published: Date; episode: number; season?: number | undefined; audio: { duration: number }; contentWarnings?: readonly ContentWarning[] };
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
  warning: warningsText(story.data.contentWarnings ?? []),
});

export const episodeCard = (episode: EpisodeLike): Card => ({
  href: episodeUrl(episode.id),
  title: episode.data.title,
  summary: episode.data.summary,
  date: episode.data.published,
  facts: [formatMinutes(episode.data.audio.duration)],
  warning: warningsText(episode.data.contentWarnings ?? []),
});

export const guideCard = (guide: GuideLike): Card => ({
  href: guideUrl(guide.id),
  title: guide.data.title,
  summary: guide.data.summary,
  date: guide.data.published,
  facts: [formatReadingTime(entryReadingMinutes(guide))],
});
