/**
 * The built demo site as Cloudflare serves it (wrangler.jsonc, Cloudflare's runtime run
 * offline by `wrangler dev`): every header of dist/_headers arrives on a story page, a search
 * file, a transcript and the podcast feed; the podcast's files carry CORS; a missing page is
 * a 404 with the site's 404 page; an address without its trailing slash redirects to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerPatternMatches } from '../../src/lib/security-headers';
import { serveWithWrangler, type HostServer } from '../helpers/wrangler';
import { parseHeadersFile } from './server';
import { DIST, storyPage } from './site';

let host: HostServer;
const rules = () => parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** Every header _headers gives a path, merged over every rule that matches it. */
function expectedHeaders(path: string): Record<string, string> {
  const expected: Record<string, string> = {};
  for (const [pattern, headers] of rules()) {
    if (headerPatternMatches(pattern, path)) for (const [name, value] of Object.entries(headers)) expected[name.toLowerCase()] = value;
  }
  return expected;
}

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, host.origin), { redirect: 'manual' });
}

function expectEveryHeader(response: Response, path: string) {
  const expected = expectedHeaders(path);
  expect(Object.keys(expected).length, `no _headers rule matches ${path}`).toBeGreaterThan(0);
  const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
  expect(sent, `headers of ${path} as Cloudflare sends them`).toEqual(expected);
}

const transcript = () => {
  const podcast = join(DIST, 'podcast');
  for (const slug of readdirSync(podcast)) {
    const file = readdirSync(join(podcast, slug), { withFileTypes: true }).find((d) => d.isFile() && /^transcript\.(vtt|srt)$/.test(d.name));
    if (file) return `/podcast/${slug}/${file.name}`;
  }
  throw new Error('The demo site has no episode transcript: the host test needs one.');
};

beforeAll(async () => {
  host = await serveWithWrangler();
}, 120_000);
afterAll(async () => host?.close());

describe('on Cloudflare (wrangler dev, offline)', () => {
  test('a story page carries every header of _headers, the CSP included', async () => {
    const path = storyPage();
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectEveryHeader(response, path);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
  });

  test('a search index file carries them too, and the WebAssembly its type', async () => {
    const wasm = readdirSync(join(DIST, 'pagefind')).find((name) => name.endsWith('.pagefind') || name.endsWith('.wasm'));
    for (const path of ['/pagefind/pagefind.js', ...(wasm ? [`/pagefind/${wasm}`] : [])]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectEveryHeader(response, path);
    }
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/javascript/);
  });

  test('a transcript and the podcast feed carry CORS and their types, for podcast apps and web players', async () => {
    const path = transcript();
    const response = await get(path);
    expect(response.status).toBe(200);
    expectEveryHeader(response, path);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(path.endsWith('.vtt') ? /^text\/vtt/ : /^application\/x-subrip/);

    const feed = await get('/podcast/feed.xml');
    expect(feed.status).toBe(200);
    expectEveryHeader(feed, '/podcast/feed.xml');
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
    // A page carries no CORS: only the podcast's public data does.
    expect((await get(storyPage())).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a missing page answers 404 with the site\'s own 404 page and its headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expectEveryHeader(response, '/no-such-page/');
  });

  test('an address without its trailing slash redirects to the page', async () => {
    const path = storyPage();
    const response = await get(path.replace(/\/$/, ''));
    expect([301, 307, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location')!, host.origin).pathname).toBe(path);
  });
});
