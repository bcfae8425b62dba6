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
 * and smaller chunks only add requests (measured in docs/performance.md).
 */
export const INDEX_CHUNK_POSITIONS = 4000;

/**
 * Built pages (all of dist/'s HTML, searchable or not) per Pagefind process. Its indexer
 * holds every indexed page's word map until it writes the index (about 170 KB a page),
 * beside Astro's own process: at 20,000 stories one index peaked at 2.5 GB. A site with
 * more pages is indexed in parts of about this many, one process after another, and
 * /search/ merges them as it searches (Pagefind's `mergeIndex`). 5,000 keeps the
 * 4,000-story site the bench measures (4,471 pages) in one part: each further part adds
 * about 3 KB to a first query, and more to a later one (docs/performance.md).
 */
export const SEARCH_PART_PAGES = 5000;

/** The list of further parts /search/ merges, written beside Pagefind's own files. */
export const SEARCH_PARTS_FILE = '/pagefind/parts.json';

/** How many parts a site of `pages` built pages is indexed in. */
export function searchPartCount(pages: number, perPart = SEARCH_PART_PAGES): number {
  if (!Number.isInteger(perPart) || perPart < 1) throw new RangeError(`pages per search part must be a whole number above 0, got ${perPart}`);
  return Math.max(1, Math.ceil(pages / perPart));
}

/**
 * The part (0-based) a page is indexed in, from its path alone (FNV-1a). Pagefind ranks
 * each part by that part's own word frequencies and the merged results are ordered by
 * score, so every part should hold a like mix of stories, episodes and guides: a hash
 * spreads them, where consecutive runs of sorted paths would not.
 */
export function searchPartOf(path: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % parts;
}

/**
 * Word positions per index chunk when the index is in `parts` parts. A query reads the
 * chunk holding its word in every part, so each part's chunks hold a share of the positions
 * and a query reads about what one index would give. Measured at 20,000 stories in 5 parts,
 * a word in 386 stories: 21.0 KB with 4,000 positions a chunk, 8.2 KB with 800; 6.1 KB
 * from one index.
 */
export function searchChunkPositions(parts: number, positions = INDEX_CHUNK_POSITIONS): number {
  return Math.max(1, Math.round(positions / parts));
}

/** Where part `part` (0-based) is served: the first is Pagefind's own folder, with its script. */
export function searchPartPath(part: number): string {
  return part === 0 ? '/pagefind/' : `/pagefind/part-${part + 1}/`;
}

/** What /search/ says when Pagefind or a part of the index cannot load (the next search tries again). */
export const SEARCH_LOAD_FAILED = 'Search could not load. Check your connection and try again.';

/** The folders of the parts after the first, as searchPartPath names them. */
export const SEARCH_PART_FOLDER = /^\/pagefind\/part-\d+\/$/;

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

