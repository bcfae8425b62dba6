/**
 * Related stories, computed once for the whole site: one pass over all pairs of stories
 * that have a page, memoised per list, instead of every story page scanning every story.
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

/** Map of story id → ids of its most related stories (best first; ties newest first; none unrelated). */
export function computeRelated<T extends RelatableStory>(stories: readonly T[], limit = RELATED_LIMIT): Map<string, T[]> {
  const scores = new Map<string, { story: T; score: number }[]>(stories.map((s) => [s.id, []]));
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      const a = stories[i]!;
      const b = stories[j]!;
      const score =
        TOPIC_WEIGHT * sharedCount(a.data.topics, b.data.topics) + PATH_WEIGHT * sharedCount(a.data.paths, b.data.paths);
      if (score === 0) continue;
      scores.get(a.id)!.push({ story: b, score });
      scores.get(b.id)!.push({ story: a, score });
    }
  }
  const related = new Map<string, T[]>();
  for (const [id, candidates] of scores) {
    candidates.sort(
      (x, y) =>
        y.score - x.score ||
        y.story.data.published.getTime() - x.story.data.published.getTime() ||
        x.story.id.localeCompare(y.story.id),
    );
    related.set(id, candidates.slice(0, limit).map((c) => c.story));
  }
  return related;
}

const memo = new WeakMap<readonly RelatableStory[], Map<string, RelatableStory[]>>();

/** computeRelated, run once per list (queries.ts returns the same list to every page of a build). */
export function relatedStories<T extends RelatableStory>(stories: readonly T[]): Map<string, T[]> {
  let result = memo.get(stories);
  if (!result) {
    result = computeRelated(stories);
    memo.set(stories, result);
  }
  return result as Map<string, T[]>;
}
