import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspFromHtml, headerPatternMatches, headersFile, inlineStyleHashes, mergeCsp, parseCsp } from '../../src/lib/security-headers';

describe('security headers', () => {
  test('reads the CSP meta tag Astro writes', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"></head>`;
    expect(cspFromHtml(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(cspFromHtml('<head></head>')).toBeNull();
  });

  test('merges the hashes of every page, directive by directive, without duplicates', () => {
    const merged = mergeCsp(
      ["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'"],
      ["frame-ancestors 'none'"],
    );
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
    expect(parseCsp(merged).get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
  });

  test('writes every header for every path', () => {
    const file = headersFile("default-src 'self'; frame-ancestors 'none'");
    expect(file.split('\n')[0]).toBe('/*');
    for (const header of ['Content-Security-Policy', 'Referrer-Policy: no-referrer', 'Permissions-Policy', 'X-Content-Type-Options: nosniff']) {
      expect(file).toContain(`  ${header}`);
    }
    expect(file).toContain("frame-ancestors 'none'");
  });

  test('gives the podcast\'s feeds, chapters and transcripts CORS and their types, one rule per kind of file', () => {
    const episodes = Array.from({ length: 120 }, (_, i) => [`/podcast/ep-${i}/chapters.json`, `/podcast/ep-${i}/transcript.${i % 2 ? 'srt' : 'vtt'}`, `/podcast/ep-${i}/index.html`]).flat();
    const file = headersFile("default-src 'self'", [...episodes, '/podcast/feed.xml', '/podcast/index.html', '/podcast/page/2/index.html']);
    const lines = file.split('\n');
    expect(lines.slice(lines.indexOf('/podcast/:episode/chapters.json'))).toEqual([
      '/podcast/:episode/chapters.json',
      '  Access-Control-Allow-Origin: *',
      '  Content-Type: application/json+chapters; charset=utf-8',
      '/podcast/:episode/transcript.vtt',
      '  Access-Control-Allow-Origin: *',
      '  Content-Type: text/vtt; charset=utf-8',
      '/podcast/:episode/transcript.srt',
      '  Access-Control-Allow-Origin: *',
      '  Content-Type: application/x-subrip; charset=utf-8',
      '/podcast/feed.xml',
      '  Access-Control-Allow-Origin: *',
      '',
    ]);
    // Five rules in all, however many episodes (Cloudflare Pages reads at most 100).
    expect(lines.filter((line) => line.startsWith('/'))).toHaveLength(5);
    // A show without chapters or transcripts gets no rule for them.
    expect(headersFile("default-src 'self'", ['/podcast/feed.xml'])).not.toContain(':episode');
  });

  test('reads `_headers` patterns as the hosts do: `:name` is one path segment, `*` any text', () => {
    expect(headerPatternMatches('/podcast/:episode/chapters.json', '/podcast/ep-3/chapters.json')).toBe(true);
    expect(headerPatternMatches('/podcast/:episode/chapters.json', '/podcast/a/b/chapters.json')).toBe(false);
    expect(headerPatternMatches('/podcast/:episode/chapters.json', '/podcast/ep-3/chapters.jsonx')).toBe(false);
    expect(headerPatternMatches('/*', '/stories/x/')).toBe(true);
    expect(headerPatternMatches('/podcast/feed.xml', '/podcast/feedxxml')).toBe(false);
  });

  test('hashes the inline styles of the feed stylesheet exactly as browsers do', () => {
    // The hash Chromium asked for when the feed's styles were blocked (tests/e2e/reader.test.ts loads it).
    expect(inlineStyleHashes('<xsl:template><style>a { color: red; }</style><style media="print">\n  b {}\n</style></xsl:template>')).toEqual([
      `'sha256-${createHash('sha256').update('a { color: red; }').digest('base64')}'`,
      `'sha256-${createHash('sha256').update('\n  b {}\n').digest('base64')}'`,
    ]);
    expect(inlineStyleHashes('<p>no style</p>')).toEqual([]);
  });
});
