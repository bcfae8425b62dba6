/**
 * Where the cold build's time above the bare Astro 7 + Pagefind baseline goes, phase by
 * phase from both builds' logs, and what each phase buys a reader or a storyteller
 * (issue #17: shown whenever the 2 × goal is missed).
 */
import type { BenchResult } from './report';

export interface PhaseRow {
  phase: string;
  ours: number | undefined;
  bare: number | undefined;
  buys: string;
}

const BUYS: Record<string, string> = {
  'setup, content checks, content sync':
    'every story checked for consent, anonymity (contact details), dates and vocabularies before anything is published; entries withdrawn, draft or scheduled never reach the store',
  'bundling (Vite)': 'the quick exit, the search page that merges index parts, the feed stylesheet, every page type below',
  'rendering pages': 'listings, topic and path pages, related stories, content warnings, crisis lines on every page, feeds for readers and podcast apps, the sitemap of searchable pages only',
  'images (sharp)': 'photos resized for phones and their EXIF/GPS metadata removed',
  'search index (Pagefind)': 'filters by topic, path and content warning; only pages whose storytellers consented to search',
  'deploy gates': 'no trace of a withdrawn story in any file, no identifying image metadata, a whole search index',
  'the rest (start, hooks, writing, headers)': 'the security headers (_headers from the CSP), the sitemap, Node and Astro starting',
};

/** The phases of both builds; "the rest" is each build's total minus the phases measured. */
export function phaseRows(result: BenchResult): PhaseRow[] | undefined {
  const bare = result.astroBaseline && 'ms' in result.astroBaseline ? result.astroBaseline : undefined;
  if (!bare) return undefined;
  const ours = result.cold.phases;
  const theirs = bare.phases ?? {};
  const rows: PhaseRow[] = [
    { phase: 'setup, content checks, content sync', ours: ours.syncMs, bare: theirs.syncMs, buys: '' },
    { phase: 'bundling (Vite)', ours: ours.bundleMs, bare: theirs.bundleMs, buys: '' },
    { phase: 'rendering pages', ours: ours.renderMs, bare: theirs.renderMs, buys: '' },
    { phase: 'images (sharp)', ours: ours.imagesMs, bare: theirs.imagesMs ?? 0, buys: '' },
    { phase: 'search index (Pagefind)', ours: result.cold.pagefindMs, bare: bare.pagefindMs, buys: '' },
    { phase: 'deploy gates', ours: result.cold.gates, bare: 0, buys: '' },
  ];
  const rest = (total: number, measured: Array<number | undefined>) => total - measured.reduce<number>((a, b) => a + (b ?? 0), 0);
  rows.push({ phase: 'the rest (start, hooks, writing, headers)', ours: rest(result.cold.ms, rows.map((r) => r.ours)), bare: rest(bare.ms, rows.map((r) => r.bare)), buys: '' });
  return rows.map((r) => ({ ...r, buys: BUYS[r.phase] ?? '' }));
}

const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

/** The rows as text lines for the report. */
export function formatPhases(result: BenchResult): string[] {
  const rows = phaseRows(result);
  if (!rows) return ['Where the time above bare Astro goes: n/a (the baseline was skipped or failed).'];
  const lines = ['Where the cold build\'s wall time above bare Astro 7 + Pagefind goes (ours / bare / above), and what it buys:'];
  for (const r of rows) {
    const above = r.ours !== undefined && r.bare !== undefined ? s(r.ours - r.bare) : 'n/a';
    lines.push(`  ${r.phase}: ${s(r.ours)} / ${s(r.bare)} / ${above}: ${r.buys}`);
  }
  return lines;
}
