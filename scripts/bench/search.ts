/**
 * What a reader downloads to search: dist/ served on 127.0.0.1, Chromium opens /search/,
 * types a first query and then later ones; the page loads Pagefind and as many results of
 * each as it shows at a time (RESULTS_PER_PAGE). Bytes are counted by the server (response bodies as sent): text
 * assets are gzipped as any host would; Pagefind's index files are gzip data already.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RESULTS_PER_PAGE, SEARCH_LOAD_FAILED } from '../../src/lib/search';
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
      // The index may come in parts (/pagefind/part-2/index/…), each with its own chunks.
      if (/^\/pagefind\/(part-\d+\/)?index\//.test(url.pathname)) counter.indexBytes += body.length;
      if (/^\/pagefind\/(part-\d+\/)?fragment\//.test(url.pathname)) counter.fragmentBytes += body.length;
    };
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
    // The reader's own path: /search/ is loaded (not counted), then each query is typed
    // and submitted, and the page loads Pagefind, the parts of the index and the first
    // RESULTS_PER_PAGE results as it does for a reader.
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    const run = async (query: string): Promise<QueryFigures> => {
      Object.assign(counter, { bytes: 0, requests: 0, indexBytes: 0, fragmentBytes: 0 });
      await page.fill('#search-input', query);
      await page.press('#search-input', 'Enter');
      const said = await page.waitForFunction(
        ({ q, failed }) => {
          const text = document.querySelector('#search-status')?.textContent ?? '';
          return text.includes(`for “${q}”`) || text === failed ? text : false;
        },
        { q: query, failed: SEARCH_LOAD_FAILED },
        { timeout: 60_000 },
      );
      const text = String(await said.jsonValue());
      if (text === SEARCH_LOAD_FAILED) throw new Error(`search for "${query}" failed to load`);
      const results = text.startsWith('No results') ? 0 : Number(/^(\d+) results?/.exec(text)?.[1] ?? NaN);
      return { query, ...counter, results, loaded: Math.min(results, RESULTS_PER_PAGE) };
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
