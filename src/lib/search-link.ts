/**
 * The shareable link to a search, made only when the reader asks for one ("Copy a link to
 * this search"): the query, the filters and the content warnings the reader hid, so that
 * whoever opens it is spared the same material. Every other way a query travels stays out of
 * URLs (src/lib/search-handoff.ts). Pure, so the script and the unit tests share it.
 */
import { URLS } from './urls';

/** The /search/ filter groups, in link order; `hide` holds content warnings to leave out. */
export const FILTER_GROUPS = ['kind', 'topic', 'path', 'hide'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterGroup, string[]>;
}

export const emptyFilters = (): Record<FilterGroup, string[]> => ({ kind: [], topic: [], path: [], hide: [] });

/** The shareable link the reader asked for: the query, the filters and the hidden warnings. */
export function searchLink(origin: string, state: SearchState): string {
  const url = new URL(URLS.search, origin);
  url.searchParams.set('q', state.query.trim());
  for (const group of FILTER_GROUPS) {
    for (const value of new Set(state.filters[group])) url.searchParams.append(group, value);
  }
  return url.href;
}

/** A search opened from a link (`location.search`); repeated and empty values are dropped. */
export function parseSearchLink(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const group of FILTER_GROUPS) filters[group] = [...new Set(params.getAll(group).filter(Boolean))];
  return { query: (params.get('q') ?? '').trim(), filters };
}
