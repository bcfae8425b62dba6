/**
 * Related stories, computed once for the whole site (in the story route's getStaticPaths),
 * instead of every story page scanning every story.
 * Callers pass only stories the publishing module gave a page, so a withdrawn story or
 * one without `web` consent can never be linked from here.
 */

export interface RelatableStory {
  id: string;
  data: { published: Date; topics: readonly string[]; paths: readonly string[] };
}

/** A shared topic says more about a story than a shared recovery path. */
const TOPIC_WEIGHT = 2;
const PATH_WEIGHT = 1;
export const RELATED_LIMIT = 3;

function sharedCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((value) => set.has(value)).length;
}

const newestFirst = (x: RelatableStory, y: RelatableStory) =>
  y.data.published.getTime() - x.data.published.getTime() || x.id.localeCompare(y.id);

/**
 * Map of story id → its most related stories (best first; ties newest first; none unrelated).
 * Stories with the same topics and paths score the same against everyone, so scores are
 * computed between those groups, not between every pair of stories: a 20,000-story archive
 * has a few hundred groups, and the work stays close to linear in stories.
 */
export function computeRelated<T extends RelatableStory>(stories: readonly T[], limit = RELATED_LIMIT): Map<string, T[]> {
  const groups = new Map<string, { topics: readonly string[]; paths: readonly string[]; members: T[] }>();
  for (const story of stories) {
    const key = `${[...story.data.topics].sort().join(',')}|${[...story.data.paths].sort().join(',')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { topics: story.data.topics, paths: story.data.paths, members: [] }));
    group.members.push(story);
  }
  const list = [...groups.values()];
  for (const group of list) group.members.sort(newestFirst);

  const related = new Map<string, T[]>();
  for (const group of list) {
    // Other groups (and this one) by score, best first; score 0 means unrelated.
    const ranked = list
      .map((other) => ({
        other,
        score: TOPIC_WEIGHT * sharedCount(group.topics, other.topics) + PATH_WEIGHT * sharedCount(group.paths, other.paths),
      }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score);
    // One more than needed, chosen once for the whole group: each member then drops itself.
    // (A group's extra member, newest-but-`limit`, always follows `limit` of its own group at
    // its score, so it can never displace what the story would have been shown.)
    const chosen: T[] = [];
    for (let at = 0; at < ranked.length && chosen.length <= limit; ) {
      // All groups at this score compete on date; each offers its newest few.
      const score = ranked[at]!.score;
      const level: T[] = [];
      for (; at < ranked.length && ranked[at]!.score === score; at++) level.push(...ranked[at]!.other.members.slice(0, limit + 1));
      chosen.push(...level.sort(newestFirst).slice(0, limit + 1 - chosen.length));
    }
    for (const story of group.members) related.set(story.id, chosen.filter((m) => m !== story).slice(0, limit));
  }
  return related;
}
