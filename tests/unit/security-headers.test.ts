import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspFromHtml, headersFile, inlineStyleHashes, mergeCsp, parseCsp } from '../../src/lib/security-headers';

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

  test('gives the podcast\'s feeds, chapters and transcripts CORS and their types, and nothing else', () => {
    const file = headersFile("default-src 'self'", ['/podcast/ep-3/chapters.json', '/podcast/ep-3/transcript.srt', '/podcast/ep-4/transcript.vtt', '/podcast/feed.xml', '/podcast/ep-3/index.html']);
    expect(file.split('\n').slice(7)).toEqual([
      '/podcast/ep-3/chapters.json',
      '  Access-Control-Allow-Origin: *',
      '  Content-Type: application/json+chapters; charset=utf-8',
      '/podcast/ep-3/transcript.srt',
      '  Access-Control-Allow-Origin: *',
      '  Content-Type: application/x-subrip; charset=utf-8',
      '/podcast/ep-4/transcript.vtt',
      '  Access-Control-Allow-Origin: *',
      '  Content-Type: text/vtt; charset=utf-8',
      '/podcast/feed.xml',
      '  Access-Control-Allow-Origin: *',
      '',
    ]);
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
