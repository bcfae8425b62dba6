/**
 * Runs every post-build gate over a built site and returns one list of failures, each
 * naming the file in dist/. Used by src/integrations/post-build-gates.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConfigData } from 'html-validate';
import { cachedHtmlValidator, htmlValidatorPool, type HtmlProblem } from './html';
import { findImageMetadata } from './image-metadata';
import { brokenLinks } from './links';
import { findWithdrawnTraces, type WithdrawnStory } from './withdrawn';

export type GateName = 'image metadata' | 'internal link' | 'withdrawn story' | 'html';

export interface GateFailure {
  gate: GateName;
  /** Path relative to dist/, with "/" separators. */
  file: string;
  line?: number | undefined;
  message: string;
}

export interface GateOptions {
  /** The site's URL (astro config `site`): absolute links to it are internal. */
  site: string;
  /** Stories whose consent is withdrawn (from the content checks). */
  withdrawn: readonly WithdrawnStory[];
  /** html-validate configuration. */
  htmlConfig: ConfigData;
  /** The project's public/ folder, to say where a bad file was copied from. */
  publicDir?: string;
  /** Where to keep html-validate results between builds (Astro's cache folder). */
  htmlCacheFile?: string;
  /**
   * Files the site serves that the build does not contain, relative to dist/: episode audio
   * at a site path that is uploaded to the server apart from the repository (the content
   * checks warn about each). Links to them are not broken.
   */
  servedApart?: readonly string[];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/**
 * Milliseconds spent in each gate during the last runGates call, for the build log. For
 * html, the time spent waiting for its worker threads (they run beside the other gates).
 */
export const gateTimings: Record<GateName, number> = { 'image metadata': 0, 'internal link': 0, 'withdrawn story': 0, html: 0 };

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
  const present = new Set([...files, ...(options.servedApart ?? [])]);
  const exists = (path: string) => present.has(path) || (path !== '' && existsSync(join(dist, path)) && statSync(join(dist, path)).isFile());
  const pool = htmlValidatorPool(options.htmlConfig);
  const cached = options.htmlCacheFile ? cachedHtmlValidator(pool.validate, options.htmlConfig, options.htmlCacheFile) : undefined;
  const validateHtml = cached?.validate ?? pool.validate;
  // Pages go to html-validate's worker threads while this loop runs the other gates. Waiting
  // for the page sent IN_FLIGHT pages earlier keeps about that many queued, so the site's
  // HTML is never all in memory.
  const IN_FLIGHT = 64;
  const htmlChecks: Array<Promise<{ file: string; problems: HtmlProblem[] }>> = [];

  try {
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

      if (file.endsWith('.html')) {
        const html = buf.toString('utf8');
        for (const link of await timed('internal link', () => brokenLinks(html, file, options.site, exists))) {
          failures.push({ gate: 'internal link', file, line: link.line, message: `broken link "${link.url}": ${link.reason}.` });
        }
        const check = validateHtml(html, file).then((problems) => ({ file, problems }));
        check.catch(() => {}); // reported by Promise.all below, or moot if this loop throws first
        htmlChecks.push(check);
        const behind = htmlChecks[htmlChecks.length - 1 - IN_FLIGHT];
        if (behind) await timed('html', () => behind.catch(() => undefined));
      }
    }
    for (const { file, problems } of await timed('html', () => Promise.all(htmlChecks))) {
      for (const problem of problems) {
        failures.push({ gate: 'html', file, line: problem.line, message: `${problem.message} (html-validate rule ${problem.rule}, column ${problem.column}).` });
      }
    }
  } finally {
    await pool.close();
  }
  cached?.save();
  return failures;
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
