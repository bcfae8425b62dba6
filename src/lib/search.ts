/**
 * What the search index knows about an entry besides its text: the filters a reader can
 * narrow by and the metadata a result shows. Pure, so pages and tests share it.
 */
import { WARNING_LABELS, type ContentWarning, type RecoveryPath } from '../schemas/vocabularies';
import { isoDay } from './dates';

export type SearchKind = 'story' | 'episode' | 'guide';

/**
 * Results shown at a time on /search/ ("Show more results" adds as many). Each one costs
 * the reader one Pagefind fragment, about 1.2 KB gzipped for a 3 KB story, so five keeps a
 * search cheap on a phone's data plan. `npm run bench` loads the same number.
 */
export const RESULTS_PER_PAGE = 5;

/**
 * Word positions per Pagefind index chunk. A query downloads the chunk(s) holding its
 * words; Pagefind's default, 20,000, makes chunks of about 25 KB at 4,000 stories. 4,000
 * roughly halves a later query's download; below that, a common word's own list of pages dominates
 * and smaller chunks only add requests (measured in README, Performance).
 */
export const INDEX_CHUNK_POSITIONS = 4000;

export const KIND_LABELS: Record<SearchKind, string> = { story: 'Story', episode: 'Podcast episode', guide: 'Guide' };

export interface SearchFacts {
  kind: SearchKind;
  published: Date;
  topics: ReadonlyArray<{ id: string; name: string }>;
  paths?: readonly RecoveryPath[];
  warnings?: readonly ContentWarning[];
}

/** Pagefind filters (`name:value` pairs): values are ids, so the UI can send them back. */
export function searchFilters(facts: SearchFacts): string[] {
  return [
    `kind:${facts.kind}`,
    ...facts.topics.map((t) => `topic:${t.id}`),
    ...(facts.paths ?? []).map((p) => `path:${p}`),
    ...(facts.warnings ?? []).map((w) => `warning:${w}`),
  ];
}

/** Pagefind metadata shown with a result. Warnings are metadata, never part of the excerpt. */
export function searchMeta(facts: SearchFacts): string[] {
  const meta = [`kind:${KIND_LABELS[facts.kind]}`, `date:${isoDay(facts.published)}`];
  if (facts.warnings?.length) meta.push(`warnings:${facts.warnings.map((w) => WARNING_LABELS[w]).join(', ')}`);
  return meta;
}

