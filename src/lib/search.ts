/**
 * What the search index knows about an entry besides its text: the filters a reader can
 * narrow by and the metadata a result shows. Pure, so pages and tests share it.
 */
import { WARNING_LABELS, type ContentWarning, type RecoveryPath } from '../schemas/vocabularies';
import { isoDay } from './dates';

export type SearchKind = 'story' | 'episode' | 'guide';

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

