/**
 * What a reader downloads to search: dist/ served on 127.0.0.1, Chromium loads Pagefind
 * on a blank page of that origin, runs a first query and then later ones, and loads as many
 * results of each as /search/ shows at a time (RESULTS_PER_PAGE). Bytes are counted by the server (response bodies as sent): text
 * assets are gzipped as any host would; Pagefind's index files are gzip data already.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RESULTS_PER_PAGE } from '../../src/lib/search';
import type { QueryFigures, SearchFigures } from './report';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.xml', '.svg']);
const BLANK = '/__bench__/blank.html';

interface Counter {
  bytes: number;
  requests: number;
  indexBytes: number;
  fragmentBytes: number;
}

function serve(dist: string, counter: Counter): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: Buffer, type: string, encoding?: string) => {
      res.writeHead(status, { 'content-type': type, 'content-length': body.length, ...(encoding ? { 'content-encoding': encoding } : {}) });
      res.end(body);
      counter.bytes += body.length;
      counter.requests += 1;
      if (url.pathname.startsWith('/pagefind/index/')) counter.indexBytes += body.length;
      if (url.pathname.startsWith('/pagefind/fragment/')) counter.fragmentBytes += body.length;
    };
    if (url.pathname === BLANK) return send(200, Buffer.from('<!doctype html><title>bench</title>'), TYPES['.html']!);
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) return send(403, Buffer.from('forbidden'), 'text/plain');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send(404, Buffer.from('not found'), 'text/plain');
    const ext = extname(file);
    const raw = readFileSync(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    send(200, gzip ? gzipSync(raw) : raw, TYPES[ext] ?? 'application/octet-stream', gzip ? 'gzip' : undefined);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const CHROMIUM = '/usr/bin/chromium';

/** Bytes of a first query and of each later one, or an error string when search cannot be measured. */
export async function measureSearchBytes(
  dist: string,
  queries: readonly [string, ...string[]],
  resultsLoaded = RESULTS_PER_PAGE,
): Promise<SearchFigures | { error: string }> {
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) return { error: 'no /pagefind/ in dist: search not built' };
  if (!existsSync(CHROMIUM)) return { error: `no Chromium at ${CHROMIUM}: apt-get install -y chromium` };
  const { chromium } = await import('playwright-core');
  const counter: Counter = { bytes: 0, requests: 0, indexBytes: 0, fragmentBytes: 0 };
  const server = await serve(dist, counter);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(origin + BLANK);
    const run = async (query: string): Promise<QueryFigures> => {
      Object.assign(counter, { bytes: 0, requests: 0, indexBytes: 0, fragmentBytes: 0 });
      const results = await page.evaluate(async ({ q, perPage }) => {
        const w = window as unknown as { __pagefind?: Promise<{ search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> }> };
        w.__pagefind ??= import('/pagefind/pagefind.js' as string);
        const pagefind = await w.__pagefind;
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, perPage).map((r) => r.data()));
        return search.results.length;
      }, { q: query, perPage: resultsLoaded });
      return { query, ...counter, results, loaded: Math.min(results, resultsLoaded) };
    };
    const first = await run(queries[0]);
    const later: QueryFigures[] = [];
    for (const query of queries.slice(1)) later.push(await run(query));
    return { first, later };
  } finally {
    await browser.close();
    server.close();
  }
}
