/**
 * The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages and
 * others). Astro's `security.csp` writes the policy as a <meta> tag with the hashes of
 * every inline script and style; a header can also carry what a meta tag cannot
 * (`frame-ancestors`, Permissions-Policy). Browsers enforce both policies, so the header
 * repeats the meta policies' hashes: a stricter header would block the site's own scripts.
 */

import { createHash } from 'node:crypto';

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

/** The text of `_headers`: every header for every path. */
export function headersFile(csp: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${csp}`];
  for (const [name, value] of Object.entries(STATIC_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}
