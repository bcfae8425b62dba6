import { expect, test } from 'vitest';
import { INDEX_CHUNK_POSITIONS, SEARCH_PART_FOLDER, SEARCH_PART_PAGES, searchChunkPositions, searchFilters, searchMeta, searchPartCount, searchPartOf, searchPartPath } from '../../src/lib/search';

const facts = {
  kind: 'story' as const,
  published: new Date('2026-03-14T00:00:00Z'),
  topics: [{ id: 'alcohol', name: 'Alcohol' }],
  paths: ['twelve-step' as const],
  warnings: ['relapse' as const, 'self-harm' as const],
};

test('filters use ids, so the search form can send them back', () => {
  expect(searchFilters(facts)).toEqual(['kind:story', 'topic:alcohol', 'path:twelve-step', 'warning:relapse', 'warning:self-harm']);
});

test('metadata carries kind, UTC date and warnings in words', () => {
  expect(searchMeta(facts)).toEqual(['kind:Story', 'date:2026-03-14', 'warnings:relapse, self-harm']);
  expect(searchMeta({ ...facts, kind: 'guide', warnings: [] })).toEqual(['kind:Guide', 'date:2026-03-14']);
});

test('a site is indexed in one part up to SEARCH_PART_PAGES pages, then in as many as it takes', () => {
  expect(searchPartCount(0)).toBe(1);
  expect(searchPartCount(4471)).toBe(1);
  expect(searchPartCount(SEARCH_PART_PAGES)).toBe(1);
  expect(searchPartCount(SEARCH_PART_PAGES + 1)).toBe(2);
  expect(searchPartCount(22219)).toBe(5);
  expect(searchPartCount(17, 8)).toBe(3);
  expect(() => searchPartCount(10, 0)).toThrow(/whole number above 0/);
});

test('parts get a like share of each kind of page', () => {
  const paths = [
    ...Array.from({ length: 20000 }, (_, i) => `stories/story-${i}/index.html`),
    ...Array.from({ length: 400 }, (_, i) => `podcast/episode-${i}/index.html`),
  ];
  const parts = 5;
  const stories = Array<number>(parts).fill(0);
  const episodes = Array<number>(parts).fill(0);
  for (const path of paths) {
    (path.startsWith('stories/') ? stories : episodes)[searchPartOf(path, parts)]! += 1;
  }
  // An even share is 4,000 stories and 80 episodes a part.
  for (const n of stories) expect(Math.abs(n - 4000)).toBeLessThan(200);
  for (const n of episodes) expect(Math.abs(n - 80)).toBeLessThan(30);
  expect(searchPartOf('stories/story-1/index.html', 1)).toBe(0);
});

test('the first part is Pagefind’s own folder; the others sit inside it, as /search/ expects them', () => {
  expect(searchPartPath(0)).toBe('/pagefind/');
  expect(searchPartPath(1)).toBe('/pagefind/part-2/');
  expect(searchPartPath(4)).toBe('/pagefind/part-5/');
  expect([1, 4, 11].map((n) => SEARCH_PART_FOLDER.test(searchPartPath(n)))).toEqual([true, true, true]);
  for (const other of ['/pagefind/', '/pagefind/part-2', 'https://example.org/pagefind/part-2/', '/pagefind/part-2/../../x/']) expect(SEARCH_PART_FOLDER.test(other), other).toBe(false);
});

test('the parts share one index’s chunk size', () => {
  expect(searchChunkPositions(1)).toBe(INDEX_CHUNK_POSITIONS);
  expect(searchChunkPositions(5)).toBe(INDEX_CHUNK_POSITIONS / 5);
  expect(searchChunkPositions(3, 20000)).toBe(6667);
  expect(searchChunkPositions(100, 5)).toBe(1);
});
