import { expect, test } from 'vitest';
import { searchFilters, searchMeta } from '../../src/lib/search';

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
