/**
 * The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages and
 * others). Astro's `security.csp` writes the policy as a <meta> tag with the hashes of
 * every inline script and style; a header can also carry what a meta tag cannot
 * (`frame-ancestors`, Permissions-Policy). Browsers enforce both policies, so the header
 * repeats the meta policies' hashes: a stricter header would block the site's own scripts.
 */

import { createHash } from 'node:crypto';
import { CHAPTERS_TYPE, transcriptType } from './podcast-feed';
import { withBase } from './urls';

/** Directives a meta tag may not carry (browsers ignore them there, with a console error). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const STATIC_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // A reader's device sensors and features are none of the site's business.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** "a b; c d" → Map { a → [b], c → [d] }. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const existing = directives.get(key) ?? [];
    directives.set(key, [...existing, ...values.filter((v) => !existing.includes(v))]);
  }
  return directives;
}

/** One policy allowing what any of the given policies allows, directive by directive. */
export function mergeCsp(policies: readonly string[], extra: readonly string[] = []): string {
  const merged = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, values] of parseCsp(policy)) {
      const existing = merged.get(name) ?? [];
      merged.set(name, [...existing, ...values.filter((v) => !existing.includes(v))]);
    }
  }
  return [...merged].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The CSP of a built page, from its <meta http-equiv="content-security-policy">, or null. */
export function cspFromHtml(html: string): string | null {
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  if (!tag) return null;
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return content ? (content[1] ?? content[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/**
 * CSP sources for the inline <style> blocks of a document that is not a page, such as the
 * XSL stylesheet that makes feeds readable in a browser: its styles apply under the
 * feed's response headers, which the pages' own hashes do not cover.
 */
export function inlineStyleHashes(text: string): string[] {
  return [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
}

/**
 * Headers for the files podcast apps and web players fetch from other sites: the podcast
 * feeds, chapters and transcripts. A player in a browser may read them only with CORS (the
 * Podcasting 2.0 transcript spec requires it), and a static host would otherwise guess
 * their types from the extension: application/json for chapters, which the chapters spec
 * wants as application/json+chapters, and nothing known for .srt, which `nosniff` then
 * leaves unreadable. They are public data.
 *
 * Episode files get one rule per kind, with a `:episode` placeholder (Netlify and Cloudflare
 * Pages both read it), not one per file: Cloudflare Pages takes at most 100 rules.
 */
export const PODCAST_FILE_RULES: ReadonlyArray<{ pattern: string; headers: Record<string, string> }> = [
  { pattern: '/podcast/:episode/chapters.json', headers: { 'Content-Type': `${CHAPTERS_TYPE}; charset=utf-8` } },
  { pattern: '/podcast/:episode/transcript.vtt', headers: { 'Content-Type': `${transcriptType('x.vtt')}; charset=utf-8` } },
  { pattern: '/podcast/:episode/transcript.srt', headers: { 'Content-Type': `${transcriptType('x.srt')}; charset=utf-8` } },
].map((rule) => ({ ...rule, headers: { 'Access-Control-Allow-Origin': '*', ...rule.headers } }));

/** Whether a site path is matched by a `_headers` pattern: `*` is any text, `:name` one path segment. */
export function headerPatternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The text of `_headers`: every header for every path; then, for the podcast's files that
 * exist (`podcastFiles`, site paths), their rules (PODCAST_FILE_RULES) and the feeds'
 * CORS, one exact path per feed (a show has one or two).
 */
export function headersFile(csp: string, podcastFiles: readonly string[] = [], base = '/', preview = false): string {
  // A site under a path (base "/repo/") is served there: its rules are too.
  const lines = [withBase('/*', base), `  Content-Security-Policy: ${csp}`];
  for (const [name, value] of Object.entries(STATIC_HEADERS)) lines.push(`  ${name}: ${value}`);
  // A preview deploy's files (feeds, transcripts) stay out of search engines too, not only its pages.
  if (preview) lines.push('  X-Robots-Tag: noindex');
  const rules = [
    ...PODCAST_FILE_RULES.filter((rule) => podcastFiles.some((path) => headerPatternMatches(rule.pattern, path))),
    ...podcastFiles.filter((path) => /^\/podcast\/[^/]+\.xml$/.test(path)).map((pattern) => ({ pattern, headers: { 'Access-Control-Allow-Origin': '*' } })),
  ];
  for (const { pattern, headers } of rules) {
    lines.push(withBase(pattern, base));
    for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}
