/**
 * The quality checks of a built site, run by `npm run verify` and the tests, never by the
 * deploy build (issue #17: protection must never wait for quality): internal links and
 * HTML validity, html-validate's accessibility rules included. Each finding names the
 * editor's file and line when it lies in an entry's text, the page's template otherwise.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigData } from 'html-validate';
import { editorLinkMessage, editorMessage } from './editor-messages';
import { cachedHtmlValidator, htmlValidatorPool, type HtmlProblem } from './html';
import { brokenLinks } from './links';
import { listFiles } from './run';
import { bodyRegions, regionAt, sourceSpot, templateFor } from './source-map';

export type QualityCheck = 'html' | 'internal link';

export interface QualityFinding {
  check: QualityCheck;
  /** The file to change: an editor's (src/content/...) or, for the site's code, the page in dist/. */
  file: string;
  line?: number | undefined;
  message: string;
  /** The built page it was found in, relative to dist/. */
  page: string;
  /** True when an editor's text caused it. */
  fromContent: boolean;
  /** For the site's code: the template in src/pages that rendered the page, where known. */
  template?: string | undefined;
}

export interface QualityOptions {
  /** The project root: editors' files are read from it. */
  root: string;
  /** The site's URL: absolute links to it are internal. */
  site: string;
  htmlConfig: ConfigData;
  /** Where html-validate's results are kept between runs, by page hash. */
  htmlCacheFile?: string | undefined;
  /** Files served apart from the build (episode audio at a site path not in public/). */
  servedApart?: readonly string[];
}

/** Milliseconds of the last run, for the report's closing line. */
export const qualityTimings = { links: 0, html: 0 };

export async function runQualityChecks(dist: string, options: QualityOptions): Promise<QualityFinding[]> {
  qualityTimings.links = qualityTimings.html = 0;
  const files = listFiles(dist);
  const present = new Set([...files, ...(options.servedApart ?? [])]);
  const exists = (path: string) => present.has(path) || (path !== '' && existsSync(join(dist, path)) && statSync(join(dist, path)).isFile());
  const pageFiles = listFiles(join(options.root, 'src/pages')).map((f) => `src/pages/${f}`);
  const sources = new Map<string, string | undefined>();
  const readSource = (file: string) => {
    if (!sources.has(file)) sources.set(file, existsSync(join(options.root, file)) ? readFileSync(join(options.root, file), 'utf8') : undefined);
    return sources.get(file);
  };

  const pool = htmlValidatorPool(options.htmlConfig);
  const cached = options.htmlCacheFile ? cachedHtmlValidator(pool.validate, options.htmlConfig, options.htmlCacheFile) : undefined;
  const validate = cached?.validate ?? pool.validate;
  const findings: QualityFinding[] = [];
  const locate = (page: string, html: string, check: QualityCheck, offset: number, line: number, message: (fromContent: boolean, exact: boolean, tag?: string) => string, needle?: string) => {
    const region = regionAt(bodyRegions(html), offset);
    const source = region && readSource(region.source);
    if (region && source !== undefined) {
      const spot = sourceSpot(source, html, region, offset, needle);
      const tag = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(html.lastIndexOf('<', offset), offset + 64))?.[1]?.toLowerCase();
      findings.push({ check, file: region.source, line: spot.line, message: message(true, spot.exact, tag), page, fromContent: true });
    } else {
      findings.push({ check, file: `dist/${page}`, line, message: message(false, true), page, fromContent: false, template: templateFor(page, pageFiles) });
    }
  };

  // Pages go to the worker threads while links are checked here; waiting for the page sent
  // IN_FLIGHT pages earlier keeps the site's HTML from all being in memory at once.
  const IN_FLIGHT = 64;
  const checks: Array<Promise<{ page: string; problems: HtmlProblem[] }>> = [];
  const report = (page: string, problems: HtmlProblem[]) => {
    if (problems.length === 0) return;
    const html = readFileSync(join(dist, page), 'utf8');
    for (const p of problems) {
      const rule = `(html-validate rule ${p.rule})`;
      locate(page, html, 'html', p.offset, p.line, (fromContent, exact, tag) => (fromContent ? editorMessage(p.rule, tag, p.message, exact) : `${p.message} ${rule}, column ${p.column}.`));
    }
  };
  try {
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, page), 'utf8');
      const started = performance.now();
      for (const link of brokenLinks(html, page, options.site, exists)) {
        locate(page, html, 'internal link', link.offset, link.line, (fromContent) => (fromContent ? editorLinkMessage(link.url, link.reason) : `broken link "${link.url}": ${link.reason}.`), link.url);
      }
      qualityTimings.links += performance.now() - started;
      const check = validate(html, page).then((problems) => ({ page, problems }));
      check.catch(() => {}); // reported by Promise.all below, or moot if this loop throws first
      checks.push(check);
      const behind = checks[checks.length - 1 - IN_FLIGHT];
      if (behind) await behind.catch(() => undefined);
    }
    const started = performance.now();
    for (const { page, problems } of await Promise.all(checks)) report(page, problems);
    qualityTimings.html = performance.now() - started;
  } finally {
    await pool.close();
  }
  cached?.save();
  return findings;
}
