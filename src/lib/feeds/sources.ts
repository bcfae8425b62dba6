/**
 * Wires the feeds to Astro: entries come from src/lib/queries.ts (which asks the
 * publishing module), bodies are rendered once per build, and everything is handed to
 * the pure builders in this folder as plain data.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mayAppearInPodcast } from '../publishing';
import { getEpisodes, getGuides, getStories, getStoriesInBuild, getTopics, inFeeds, storyHasPage, type Episode, type Guide, type Story } from '../queries';
import { episodeUrl, guideUrl, storyUrl } from '../urls';
import { toldStoriesHtml, type ToldStory } from './episode-notes';
import { newestFirst, type FeedEntry } from './items';

let container: Promise<experimental_AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** The entry's body as HTML, rendered once per build however many feeds include it. */
export function renderBody(entry: Story | Episode | Guide): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    // MDX bodies need the MDX renderer inside the container, as on pages.
    container ??= loadRenderers([mdxRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));
    html = (async () => (await container!).renderToString((await render(entry)).Content))();
    rendered.set(key, html);
  }
  return html;
}

async function topicNames(ids: readonly string[]): Promise<string[]> {
  const names = new Map((await getTopics()).map((t) => [t.data.id, t.data.name]));
  return ids.map((id) => names.get(id) ?? id);
}

/**
 * Stories an episode may name: `podcast` consent (and in this build); linked only when
 * they have a page. In the site's RSS feeds (`where: 'rss'`) a story must also have
 * `feeds` consent, since naming it there puts it in an RSS feed.
 */
export async function toldStories(episode: Episode, site: string | URL, where: 'podcast' | 'rss'): Promise<ToldStory[]> {
  const stories = new Map((await getStoriesInBuild()).map((s) => [s.id, s]));
  return episode.data.stories
    .map((slug) => stories.get(slug))
    .filter((s): s is Story => s !== undefined && mayAppearInPodcast(s.data) && (where === 'podcast' || inFeeds(s)))
    .map((s) => ({ title: s.data.title, url: storyHasPage(s) ? new URL(storyUrl(s.id), site).href : undefined }));
}

async function storyEntry(story: Story): Promise<FeedEntry> {
  const { data } = story;
  return {
    kind: 'story',
    path: storyUrl(story.id),
    title: data.title,
    summary: data.summary,
    published: data.published,
    contentWarnings: data.contentWarnings,
    html: await renderBody(story),
    topics: await topicNames(data.topics),
    byline: `Shared by ${data.storyteller}`,
  };
}

async function episodeEntry(episode: Episode, site: string | URL): Promise<FeedEntry> {
  const { data } = episode;
  return {
    kind: 'episode',
    path: episodeUrl(episode.id),
    title: data.title,
    summary: data.summary,
    published: data.published,
    contentWarnings: data.contentWarnings,
    html: (await renderBody(episode)) + toldStoriesHtml(await toldStories(episode, site, 'rss')),
    topics: await topicNames(data.topics),
    enclosure: { url: data.audio.url, length: data.audio.bytes, type: data.audio.type },
  };
}

async function guideEntry(guide: Guide): Promise<FeedEntry> {
  const { data } = guide;
  return {
    kind: 'guide',
    path: guideUrl(guide.id),
    title: data.title,
    summary: data.summary,
    published: data.published,
    contentWarnings: [],
    html: await renderBody(guide),
    topics: await topicNames(data.topics),
  };
}

type Filter = (topics: readonly string[]) => boolean;
const every: Filter = () => true;

/** Stories with `feeds` consent (and a page), newest first. */
export async function storyFeedEntries(keep: Filter = every) {
  const stories = (await getStories()).filter((s) => inFeeds(s) && keep(s.data.topics));
  return newestFirst(await Promise.all(stories.map(storyEntry)));
}

export async function episodeFeedEntries(site: string | URL, keep: Filter = every) {
  const episodes = (await getEpisodes()).filter((e) => inFeeds(e) && keep(e.data.topics));
  return newestFirst(await Promise.all(episodes.map((e) => episodeEntry(e, site))));
}

export async function guideFeedEntries(keep: Filter = every) {
  const guides = (await getGuides()).filter((g) => inFeeds(g) && keep(g.data.topics));
  return newestFirst(await Promise.all(guides.map(guideEntry)));
}

/** Stories, episodes and guides together, newest first; optionally only one topic's. */
export async function allFeedEntries(site: string | URL, topicId?: string) {
  const keep: Filter = topicId ? (topics) => topics.includes(topicId) : every;
  const groups = await Promise.all([storyFeedEntries(keep), episodeFeedEntries(site, keep), guideFeedEntries(keep)]);
  return newestFirst(groups.flat());
}
