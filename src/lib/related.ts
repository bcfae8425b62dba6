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

/** Each distinct value in `lists` gets one bit: every list becomes a bit set of equal length. */
function bitSets(lists: readonly (readonly string[])[]): Uint32Array[] {
  const bitOf = new Map<string, number>();
  for (const list of lists) for (const value of list) if (!bitOf.has(value)) bitOf.set(value, bitOf.size);
  const words = Math.max(1, Math.ceil(bitOf.size / 32));
  return lists.map((list) => {
    const set = new Uint32Array(words);
    for (const value of list) {
      const bit = bitOf.get(value)!;
      set[bit >>> 5]! |= 1 << (bit & 31);
    }
    return set;
  });
}

/** Values two bit sets share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let word = 0; word < a.length; word++) {
    let x = a[word]! & b[word]!;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

const newestFirst = (x: RelatableStory, y: RelatableStory) =>
  y.data.published.getTime() - x.data.published.getTime() || x.id.localeCompare(y.id);

/**
 * Map of story id → its most related stories (best first; ties newest first; none unrelated).
 * Stories with the same topics and paths score the same against everyone, so scores are
 * computed between those groups, not between every pair of stories: there are no more
 * groups than combinations of topics and paths in use (3,626 in 20,000 synthetic stories),
 * and a pair of groups costs a few bit operations.
 */
export function computeRelated<T extends RelatableStory>(stories: readonly T[], limit = RELATED_LIMIT): Map<string, T[]> {
  const groups = new Map<string, { topics: readonly string[]; paths: readonly string[]; members: T[] }>();
  for (const story of stories) {
    // A value listed twice counts once: topics and paths are sets.
    const topics = [...new Set(story.data.topics)].sort();
    const paths = [...new Set(story.data.paths)].sort();
    const key = `${topics.join(',')}|${paths.join(',')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { topics, paths, members: [] }));
    group.members.push(story);
  }
  const list = [...groups.values()];
  for (const group of list) group.members.sort(newestFirst);
  const topicSets = bitSets(list.map((g) => g.topics));
  const pathSets = bitSets(list.map((g) => g.paths));

  const related = new Map<string, T[]>();
  for (const [g, group] of list.entries()) {
    // byScore[s]: the groups (this one included) that score s against this one; 0 is unrelated.
    const byScore: number[][] = [];
    for (let other = 0; other < list.length; other++) {
      const score = TOPIC_WEIGHT * sharedCount(topicSets[g]!, topicSets[other]!) + PATH_WEIGHT * sharedCount(pathSets[g]!, pathSets[other]!);
      if (score > 0) (byScore[score] ??= []).push(other);
    }
    // One more than needed, chosen once for the whole group: each member then drops itself.
    // (A group's extra member, newest-but-`limit`, always follows `limit` of its own group at
    // its score, so it can never displace what the story would have been shown.)
    const chosen: T[] = [];
    for (let score = byScore.length - 1; score > 0 && chosen.length <= limit; score--) {
      // All groups at this score compete on date; each offers its newest few.
      const level = (byScore[score] ?? []).flatMap((other) => list[other]!.members.slice(0, limit + 1));
      chosen.push(...level.sort(newestFirst).slice(0, limit + 1 - chosen.length));
    }
    for (const story of group.members) related.set(story.id, chosen.filter((m) => m !== story).slice(0, limit));
  }
  return related;
}
