/** What is published on each topic, for /topics/ and /topics/<id>/. */
import { topicUrl } from './urls';

interface OnTopics {
  data: { topics: readonly string[] };
}

export interface TopicContent<S, E, G> {
  stories: S[];
  episodes: E[];
  guides: G[];
}

/**
 * Entries on one topic, keeping each list's order. Pass only entries that have a page
 * (queries.ts): a withdrawn story is then in no topic list and no topic count.
 */
export function onTopic<S extends OnTopics, E extends OnTopics, G extends OnTopics>(
  topic: string,
  all: { stories: readonly S[]; episodes: readonly E[]; guides: readonly G[] },
): TopicContent<S, E, G> {
  const has = (entry: OnTopics) => entry.data.topics.includes(topic);
  return { stories: all.stories.filter(has), episodes: all.episodes.filter(has), guides: all.guides.filter(has) };
}

/** Number of entries on a topic. */
export const topicCount = (content: TopicContent<unknown, unknown, unknown>) =>
  content.stories.length + content.episodes.length + content.guides.length;

/** Stories that speak about one recovery path, for /paths/<id>/. */
export const onPath = <S extends { data: { paths: readonly string[] } }>(path: string, stories: readonly S[]): S[] =>
  stories.filter((story) => story.data.paths.includes(path));

/** Links to the topic pages of an entry's topic ids, in the entry's order; unknown ids are skipped. */
export function topicLinks(
  ids: readonly string[],
  topics: readonly { id: string; data: { name: string } }[],
): { id: string; href: string; label: string }[] {
  const names = new Map(topics.map((t) => [t.id, t.data.name]));
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name ? [{ id, href: topicUrl(id), label: name }] : [];
  });
}
