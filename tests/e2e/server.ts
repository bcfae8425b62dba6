/**
 * A tiny static server for dist/ on 127.0.0.1, for the browser tests. It serves the
 * headers of dist/_headers like a static host would (patterns with `*` and `:name`), so the
 * header CSP is tested too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headerPatternMatches } from '../../src/lib/security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.txt': 'text/plain; charset=utf-8',
};

/** The blocks of a `_headers` file: path pattern → headers (`*` any text, `:name` one segment). */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      blocks.set(line.trim(), (current = {}));
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return blocks;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(dist: string): Promise<StaticServer> {
  const headersPath = join(dist, '_headers');
  const blocks = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : new Map<string, Record<string, string>>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dist, '404.html');
    }
    // As a static host does: its own type from the extension, then every block whose pattern matches.
    const matching = [...blocks].filter(([pattern]) => status === 200 || pattern === '/*').filter(([pattern]) => headerPatternMatches(pattern, path));
    res.writeHead(status, Object.assign({ 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }, ...matching.map(([, headers]) => headers)));
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
