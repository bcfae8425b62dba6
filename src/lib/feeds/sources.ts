/**
 * Wires the feeds to Astro: entries come from src/lib/queries.ts (which asks the
 * publishing module), bodies are rendered once per build, and everything is handed to
 * the pure builders in this folder as plain data.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getEpisodes, getGuides, getStories, getTopics, inFeeds, toldStories, type Episode, type Guide, type Story } from '../queries';
import { episodeUrl, guideUrl, storyUrl, withBase } from '../urls';
import { toldStoriesHtml, type ToldStory } from './episode-notes';
import { feedEntriesOf, type FeedCandidate, type FeedEntry } from './items';

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

let topicNamesById: Promise<Map<string, string>> | undefined;

async function topicNames(ids: readonly string[]): Promise<string[]> {
  topicNamesById ??= getTopics().then((topics) => new Map(topics.map((t) => [t.data.id, t.data.name])));
  const names = await topicNamesById;
  return ids.map((id) => names.get(id) ?? id);
}

/** The stories an episode's feed item names (queries.toldStories), linked to their pages. */
export async function toldStoriesOf(episode: Episode, site: string | URL): Promise<ToldStory[]> {
  return (await toldStories(episode, 'feed')).map((s) => ({ title: s.data.title, url: new URL(storyUrl(s.id), site).href }));
}

/** What every feed entry shares, whatever its kind. */
async function commonFields(entry: Story | Episode | Guide, path: string) {
  const { data } = entry;
  return { path, title: data.title, summary: data.summary, published: data.published, topics: await topicNames(data.topics) };
}

async function storyEntry(story: Story): Promise<FeedEntry> {
  return {
    kind: 'story',
    ...(await commonFields(story, storyUrl(story.id))),
    contentWarnings: story.data.contentWarnings,
    html: await renderBody(story),
    byline: `Shared by ${story.data.storyteller}`,
  };
}

async function episodeEntry(episode: Episode, site: string | URL): Promise<FeedEntry> {
  const { audio } = episode.data;
  return {
    kind: 'episode',
    ...(await commonFields(episode, episodeUrl(episode.id))),
    contentWarnings: episode.data.contentWarnings,
    html: (await renderBody(episode)) + toldStoriesHtml(await toldStoriesOf(episode, site)),
    enclosure: { url: withBase(audio.url), length: audio.bytes, type: audio.type },
  };
}

async function guideEntry(guide: Guide): Promise<FeedEntry> {
  return {
    kind: 'guide',
    ...(await commonFields(guide, guideUrl(guide.id))),
    contentWarnings: [],
    html: await renderBody(guide),
  };
}

const built = new Map<string, Promise<FeedEntry>>();
/** A feed candidate whose entry (and body) is built at most once per build, and only when selected. */
function candidate(entry: Story | Episode | Guide, path: string, build: () => Promise<FeedEntry>, site: string | URL = ''): FeedCandidate {
  const key = `${entry.collection}/${entry.id} ${String(site)}`;
  return {
    published: entry.data.published,
    path,
    entry: () => {
      let promise = built.get(key);
      if (!promise) built.set(key, (promise = build()));
      return promise;
    },
  };
}

type Filter = (topics: readonly string[]) => boolean;
const every: Filter = () => true;

// Candidates are cheap (date and path only); bodies are rendered after selection.
const storyCandidates = async (keep: Filter) =>
  (await getStories()).filter((s) => inFeeds(s) && keep(s.data.topics)).map((s) => candidate(s, storyUrl(s.id), () => storyEntry(s)));
const episodeCandidates = async (site: string | URL, keep: Filter) =>
  (await getEpisodes()).filter((e) => inFeeds(e) && keep(e.data.topics)).map((e) => candidate(e, episodeUrl(e.id), () => episodeEntry(e, site), site));
const guideCandidates = async (keep: Filter) =>
  (await getGuides()).filter((g) => inFeeds(g) && keep(g.data.topics)).map((g) => candidate(g, guideUrl(g.id), () => guideEntry(g)));

/** Stories with `feeds` consent (and a page): the newest FEED_ITEM_LIMIT, newest first. */
export async function storyFeedEntries(keep: Filter = every) {
  return feedEntriesOf(await storyCandidates(keep));
}

/** Guides in feeds: the newest FEED_ITEM_LIMIT, newest first. */
export async function guideFeedEntries(keep: Filter = every) {
  return feedEntriesOf(await guideCandidates(keep));
}

/** Stories, episodes and guides together: the newest FEED_ITEM_LIMIT; optionally only one topic's. */
export async function allFeedEntries(site: string | URL, topicId?: string) {
  const keep: Filter = topicId ? (topics) => topics.includes(topicId) : every;
  const groups = await Promise.all([storyCandidates(keep), episodeCandidates(site, keep), guideCandidates(keep)]);
  return feedEntriesOf(groups.flat());
}
