/**
 * The deploy gates: what `npm run build` fails on after building, because each protects a
 * person (issue #17): identifying image metadata, any trace of a withdrawn story, a missing
 * search index. Quality (HTML, links) is never among them: a deploy that fails keeps the
 * previous one live, withdrawn stories included; it is `npm run verify`'s (quality.ts).
 * Each failure names the file in dist/. Used by src/integrations/post-build-gates.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findImageMetadata } from './image-metadata';
import { SEARCH_PARTS_FILE } from '../search';
import { findWithdrawnTraces, type WithdrawnStory } from './withdrawn';

export type GateName = 'image metadata' | 'withdrawn story' | 'search index';

export interface GateFailure {
  gate: GateName;
  /** Path relative to dist/, with "/" separators. */
  file: string;
  line?: number | undefined;
  message: string;
}

export interface GateOptions {
  /** Stories whose consent is withdrawn (from the content checks). */
  withdrawn: readonly WithdrawnStory[];
  /** The project's public/ folder, to say where a bad file was copied from. */
  publicDir?: string;
}

/** Every file under a folder, relative to it with "/" separators, sorted (the gates' and verify's file list). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** Milliseconds spent in each gate during the last runGates call, for the build log. */
export const gateTimings: Record<GateName, number> = { 'image metadata': 0, 'withdrawn story': 0, 'search index': 0 };

async function timed<T>(gate: GateName, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    gateTimings[gate] += performance.now() - started;
  }
}

export async function runGates(dist: string, options: GateOptions): Promise<GateFailure[]> {
  for (const gate of Object.keys(gateTimings) as GateName[]) gateTimings[gate] = 0;
  const failures: GateFailure[] = [];
  const files = listFiles(dist);
  for (const file of files) {
    const buf = readFileSync(join(dist, file));

    const metadata = await timed('image metadata', () => findImageMetadata(buf));
    if (metadata && metadata.kinds.length > 0) {
      const fromPublic = Boolean(options.publicDir && existsSync(join(options.publicDir, file)));
      const gps = metadata.gps ? ', including a GPS position' : '';
      const fix = fromPublic
        ? ` (copied from public/${file}). Strip it (for example \`exiftool -all= public/${file}\`); a member's photo belongs beside their story, where the build removes it.`
        : file.startsWith('_astro/')
          ? '. Astro emitted the original file unprocessed: something uses the imported image itself (its src) instead of <Image>, <Picture> or getImage(), which remove metadata.'
          : '. Strip it, or find what writes it.';
      failures.push({
        gate: 'image metadata',
        file,
        message: `${metadata.format.toUpperCase()} image keeps ${metadata.kinds.join(', ')} metadata${gps}${fix}`,
      });
    }

    for (const trace of await timed('withdrawn story', () => findWithdrawnTraces(file, buf, options.withdrawn))) {
      const story = options.withdrawn.find((s) => s.slug === trace.slug)!;
      failures.push({
        gate: 'withdrawn story',
        file,
        line: trace.line,
        message:
          `${trace.what === 'image' ? 'is made from the photo' : `${trace.inPath ? 'its path contains' : 'contains'} the ${trace.what}`} of "${story.slug}" (${story.file}), whose consent is withdrawn. Nothing of a withdrawn story may be published: find what links to or quotes it and remove that.` +
          // Another entry, or the site's own menu, may use the same words without meaning the story.
          (trace.what === 'title' ? ` If the words here are not about that story, change the title in ${story.file}: a withdrawn story is never shown, so its title is only for your records.` : ''),
      });
    }
  }
  for (const missing of await timed('search index', () => missingSearchIndex(dist))) {
    failures.push({ gate: 'search index', file: missing, message: 'is missing: readers would find no search, or a search without some stories. Build again; if it is missing again, the Pagefind step printed above says why.' });
  }
  return failures;
}

/**
 * Index files every build must hold: Pagefind's own (/pagefind/) and each further part that
 * parts.json lists (src/integrations/search-index.ts). A killed Pagefind process already
 * fails the build; this catches any other way of ending without a whole index.
 */
export function missingSearchIndex(dist: string): string[] {
  const required = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', SEARCH_PARTS_FILE.slice(1)];
  const missing = required.filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) return missing;
  let parts: unknown;
  try {
    parts = JSON.parse(readFileSync(join(dist, SEARCH_PARTS_FILE), 'utf8'));
  } catch {
    return [SEARCH_PARTS_FILE.slice(1)];
  }
  if (!Array.isArray(parts) || parts.some((p) => typeof p !== 'string')) return [SEARCH_PARTS_FILE.slice(1)];
  return (parts as string[]).map((part) => `${part.replace(/^\/+/, '')}pagefind-entry.json`).filter((file) => !existsSync(join(dist, file)));
}

/** One report grouped by gate, each line `dist/file:line`. */
export function formatGateReport(failures: readonly GateFailure[]): string {
  const lines: string[] = [];
  const gates = [...new Set(failures.map((f) => f.gate))];
  for (const gate of gates) {
    const group = failures.filter((f) => f.gate === gate);
    lines.push(`${gate} (${group.length}):`);
    for (const f of group) lines.push(`  dist/${f.file}${f.line ? `:${f.line}` : ''}  ${f.message}`);
  }
  return lines.join('\n');
}
