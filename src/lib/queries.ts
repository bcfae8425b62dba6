/**
 * Shared queries: every page, feed and integration gets entries from here, and this
 * module asks src/lib/publishing.ts about each one. Each query runs once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheKey } from './page-cache';
import { isPreviewDeploy } from './hosts';
import { SITE } from '../site.config';
import { contextFromEnv, hasPage, isInDefaultLanguage, isInFeeds, isSearchable, mayNameToldStory, type PublishingContext } from './publishing';

export type Story = CollectionEntry<'stories'>;
export type Episode = CollectionEntry<'episodes'>;
export type Guide = CollectionEntry<'guides'>;
export type Topic = CollectionEntry<'topics'>;

let context: PublishingContext | undefined;
/** The build's publishing context (now, preview), resolved once. */
export function publishing(): PublishingContext {
  context ??= contextFromEnv();
  return context;
}

const once = <T>(load: () => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
};

const newestFirst = (a: { data: { published: Date }; id: string }, b: { data: { published: Date }; id: string }) =>
  b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);

/** Stories with a page (web consent, released, not withdrawn), newest first; the default language's only. */
export const getStories = once(async () =>
  (await getCollection('stories', (s) => isInDefaultLanguage(s.id) && hasPage(s.data, publishing()))).sort(newestFirst),
);

/** Every default-language story in the build, page or not: only to resolve an episode's `stories` list. */
export const getStoriesInBuild = once(async () => (await getCollection('stories', (s) => isInDefaultLanguage(s.id))).sort(newestFirst));

/** Released episodes, newest first. */
export const getEpisodes = once(async () =>
  (await getCollection('episodes', (e) => hasPage(e.data, publishing()))).sort(newestFirst),
);

/** Released default-language guides in reading order (`order`, then title). */
export const getGuides = once(async () =>
  (await getCollection('guides', (g) => isInDefaultLanguage(g.id) && hasPage(g.data, publishing()))).sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title),
  ),
);

export const getTopics = once(async () => (await getCollection('topics')).sort((a, b) => a.data.name.localeCompare(b.data.name)));
export const getMeetings = once(async () => (await getCollection('meetings')).map((m) => m.data));
/** Crisis lines in the order of helplines.yaml: editors put the most urgent first (src/content.config.ts). */
export const getHelplines = once(async () => (await getCollection('helplines'))[0]?.data.lines ?? []);
export const getPodcast = once(async () => (await getCollection('podcast'))[0]?.data);

/**
 * The data every page's frame shows (crisis lines, the podcast feed link, topic names), as
 * one page-cache key part: a change to any of it renders every page again.
 */
export const siteDataKey = once(async () =>
  cacheKey(
    // site.yaml is read at run time, not compiled in: its settings, and whether this is a
    // preview deploy (every page noindex), must be in the key, or a cached page keeps the old ones.
    SITE,
    isPreviewDeploy(),
    await getHelplines(),
    (await getPodcast()) !== undefined,
    (await getTopics()).map((t) => [t.id, t.data]),
    publishing().preview,
  ),
);

/** Whether a page belongs in the search index and sitemap (else it carries noindex). */
export const searchable = (entry: Story | Episode | Guide) => isSearchable(entry.data, publishing());
/** Whether an entry belongs in RSS feeds. */
export const inFeeds = (entry: Story | Episode | Guide) => isInFeeds(entry.data, publishing());

/** The stories an episode tells that its page (`'page'`) or a feed item (`'feed'`) may name, in the episode's order. */
export async function toldStories(episode: Episode, where: 'page' | 'feed'): Promise<Story[]> {
  const stories = new Map((await getStoriesInBuild()).map((s) => [s.id, s]));
  return episode.data.stories.flatMap((slug) => {
    const story = stories.get(slug);
    return story && mayNameToldStory(story.data, publishing(), where) ? [story] : [];
  });
}
