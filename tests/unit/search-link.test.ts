import { expect, test } from 'vitest';
import { emptyFilters, parseSearchLink, searchLink } from '../../src/lib/search-link';

const ORIGIN = 'https://example.org';

test('a shareable link keeps the query, the filters and the hidden warnings', () => {
  const filters = { ...emptyFilters(), kind: ['story', 'guide'], hide: ['relapse', 'self-harm'] };
  const link = new URL(searchLink(ORIGIN, { query: ' 12 steps & more ', filters }));
  expect(link.origin + link.pathname).toBe(`${ORIGIN}/search/`);
  expect(link.searchParams.get('q')).toBe('12 steps & more');
  expect(link.searchParams.getAll('kind')).toEqual(['story', 'guide']);
  expect(link.searchParams.getAll('hide')).toEqual(['relapse', 'self-harm']);
  expect(link.searchParams.getAll('topic')).toEqual([]);
});

test('opening a link gives back the search it was made from', () => {
  const state = { query: 'meeting', filters: { ...emptyFilters(), topic: ['alcohol'], path: ['twelve-step'], hide: ['suicide'] } };
  expect(parseSearchLink(new URL(searchLink(ORIGIN, state)).search)).toEqual(state);
});

test('repeated and empty values in a link are dropped; a link without q has an empty query', () => {
  expect(parseSearchLink('?hide=relapse&hide=relapse&hide=&kind=story')).toEqual({
    query: '',
    filters: { ...emptyFilters(), kind: ['story'], hide: ['relapse'] },
  });
});
