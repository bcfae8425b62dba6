import { describe, expect, test } from 'vitest';
import { createRandom } from '../../scripts/bench/prng';
import { computeRelated, type RelatableStory } from '../../src/lib/related';

const story = (id: string, topics: string[], paths: string[] = [], day = 1) => ({
  id,
  data: { topics, paths, published: new Date(Date.UTC(2026, 0, day)) },
});

describe('related stories', () => {
  const stories = [
    story('a', ['alcohol', 'family'], ['therapy'], 1),
    story('b', ['alcohol', 'family'], [], 2),
    story('c', ['alcohol'], ['therapy'], 3),
    story('d', ['grief'], [], 4),
    story('e', [], ['therapy'], 5),
  ];

  test('ranks shared topics above shared paths, then newest first', () => {
    const related = computeRelated(stories);
    // a–b share 2 topics (4), a–c 1 topic + 1 path (3), a–e 1 path (1).
    expect(related.get('a')!.map((s) => s.id)).toEqual(['b', 'c', 'e']);
    expect(related.get('c')!.map((s) => s.id)).toEqual(['a', 'b', 'e']);
  });

  test('never lists an unrelated story or the story itself', () => {
    const related = computeRelated(stories);
    expect(related.get('d')).toEqual([]);
    for (const [id, list] of related) expect(list.map((s) => s.id)).not.toContain(id);
  });

  test('honours the limit', () => {
    expect(computeRelated(stories, 1).get('a')!.map((s) => s.id)).toEqual(['b']);
  });

  test('only ever links stories from the list it was given', () => {
    const withPage = stories.filter((s) => s.id !== 'b'); // e.g. b withdrawn
    const ids = [...computeRelated(withPage).values()].flat().map((s) => s.id);
    expect(ids).not.toContain('b');
  });
});

describe('grouped scoring gives the same answer as comparing every pair', () => {
  /** The obvious quadratic definition, as the reference. */
  function bruteForce(stories: RelatableStory[], limit: number): Map<string, string[]> {
    // Topics and paths are sets: a value listed twice counts once.
    const shared = (a: readonly string[], b: readonly string[]) => new Set(a.filter((x) => b.includes(x))).size;
    return new Map(
      stories.map((a) => {
        const ranked = stories
          .filter((b) => b !== a)
          .map((b) => ({ b, score: 2 * shared(a.data.topics, b.data.topics) + shared(a.data.paths, b.data.paths) }))
          .filter((r) => r.score > 0)
          .sort((x, y) => y.score - x.score || y.b.data.published.getTime() - x.b.data.published.getTime() || x.b.id.localeCompare(y.b.id));
        return [a.id, ranked.slice(0, limit).map((r) => r.b.id)];
      }),
    );
  }

  // Editors can add topics: 40 topics and 35 paths need more than one 32-bit word per bit set.
  const small = { topics: ['alcohol', 'family', 'grief', 'work'], paths: ['therapy', 'twelve-step', 'holistic'], chance: 0.3 };
  const large = { topics: Array.from({ length: 40 }, (_, i) => `topic-${i}`), paths: Array.from({ length: 35 }, (_, i) => `path-${i}`), chance: 0.06 };
  const cases = [
    ...[1, 2, 3, 4, 5, 6].flatMap((seed) => [1, 3, 5].map((limit) => [seed, limit, 'small'] as const)),
    ...[7, 8, 9].map((seed) => [seed, 3, 'large'] as const),
  ];

  test.each(cases)('random archive, seed %i, limit %i, %s vocabularies', (seed, limit, size) => {
    const random = createRandom(seed).next;
    const vocabulary = size === 'small' ? small : large;
    // Now and then a value twice, as an editor may list it (the schema allows it).
    const pick = (values: string[]) => values.filter(() => random() < vocabulary.chance).flatMap((v) => (random() < 0.1 ? [v, v] : [v]));
    const stories: RelatableStory[] = Array.from({ length: 300 }, (_, i) => ({
      id: `s${i}`,
      data: {
        published: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 40))),
        topics: pick(vocabulary.topics),
        paths: pick(vocabulary.paths),
      },
    }));
    const fast = computeRelated(stories, limit);
    const reference = bruteForce(stories, limit);
    for (const story of stories) expect(fast.get(story.id)!.map((s) => s.id)).toEqual(reference.get(story.id));
  });
});
