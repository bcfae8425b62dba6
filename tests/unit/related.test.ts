import { describe, expect, test } from 'vitest';
import { computeRelated, relatedStories } from '../../src/lib/related';

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

  test('is computed once per list', () => {
    const first = relatedStories(stories);
    expect(relatedStories(stories)).toBe(first);
    expect(relatedStories([...stories])).not.toBe(first);
  });
});
