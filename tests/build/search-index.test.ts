import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/prng';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { INDEX_CHUNK_POSITIONS, SEARCH_PARTS_FILE } from '../../src/lib/search';
import { PROJECT } from '../helpers/fixture';

const ROOT = join(PROJECT, 'tests/.tmp/search-index');

/** A small built site: `pages` marked pages of varied words, plus one unmarked page. */
function site(name: string, pages: number): string {
  const dist = join(ROOT, name);
  rmSync(dist, { recursive: true, force: true });
  const random = createRandom(7);
  const syllables = ['ka', 'lo', 'mi', 'nu', 're', 'sa', 'te', 'vo', 'zi', 'pa', 'do', 'fe'];
  const word = () => Array.from({ length: 3 }, () => random.pick(syllables)).join('');
  for (let i = 0; i < pages; i++) {
    const text = Array.from({ length: 300 }, word).join(' ');
    mkdirSync(join(dist, `p${i}`), { recursive: true });
    writeFileSync(join(dist, `p${i}/index.html`), `<!DOCTYPE html><html lang="en"><head><title>P${i}</title></head><body><nav>Chrome words</nav><article data-pagefind-body><h1>Page ${i}</h1><p>${text}</p></article></body></html>`);
  }
  writeFileSync(join(dist, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>Home</title></head><body><p>Unmarked</p></body></html>');
  return dist;
}

const chunks = (dist: string) => readdirSync(join(dist, 'pagefind/index')).map((f) => statSync(join(dist, 'pagefind/index', f)).size);

describe('search index', () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it(`indexes only marked pages, in chunks of about ${INDEX_CHUNK_POSITIONS} word positions`, async () => {
    // 150 pages × 301 words ≈ 45,000 positions.
    const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    try {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      const ours = site('ours', 150);
      expect(await writeSearchIndex(ours)).toEqual({ pages: 150, parts: 1 });
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '20000';
      const defaults = site('default', 150);
      await writeSearchIndex(defaults);
      // If Pagefind stops reading the setting, both indexes come out alike and this fails
      // (measured: 7 chunks of up to 20 KB by default, 33 of up to 4.4 KB with ours).
      expect(chunks(ours).length).toBeGreaterThanOrEqual(3 * chunks(defaults).length);
      expect(Math.max(...chunks(ours))).toBeLessThan(Math.max(...chunks(defaults)) / 2);
    } finally {
      if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
    }
  }, 120_000);

  it('indexes a larger site in parts, each page in exactly one, and leaves no part of an earlier build', async () => {
    const dist = site('parts', 150);
    // A part an earlier, larger build wrote: it must not survive to be served.
    mkdirSync(join(dist, 'pagefind/part-9/fragment'), { recursive: true });
    writeFileSync(join(dist, 'pagefind/part-9/fragment/en_old.pf_fragment'), 'old');
    // 151 pages (150 marked, one not) in parts of at most 50.
    expect(await writeSearchIndex(dist, 50)).toEqual({ pages: 150, parts: 4 });
    const parts = JSON.parse(readFileSync(join(dist, SEARCH_PARTS_FILE), 'utf8')) as string[];
    expect(parts).toEqual(['/pagefind/part-2/', '/pagefind/part-3/', '/pagefind/part-4/']);
    expect(existsSync(join(dist, 'pagefind/part-9'))).toBe(false);
    const fragments = ['/pagefind/', ...parts].map((part) => readdirSync(join(dist, part, 'fragment')).length);
    expect(fragments.every((n) => n > 10 && n <= 50)).toBe(true);
    expect(fragments.reduce((a, b) => a + b)).toBe(150);
    // Only the first part carries Pagefind's script and WebAssembly.
    expect(readdirSync(join(dist, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'parts.json']));
    for (const part of parts) expect(readdirSync(join(dist, part)).filter((n) => /\.(js|css|pagefind)$/.test(n))).toEqual([]);
  }, 120_000);

  it('writes each of n parts in chunks of 1/n of the positions, so a query reads about what one index gives', async () => {
    const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const chunksOf = (dist: string) => ['/pagefind/', ...(JSON.parse(readFileSync(join(dist, SEARCH_PARTS_FILE), 'utf8')) as string[])].map((part) => readdirSync(join(dist, part, 'index')).length);
    try {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      const one = site('one-index', 150);
      await writeSearchIndex(one);
      const parted = site('in-parts', 150);
      await writeSearchIndex(parted, 50);
      expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBeUndefined();
      const [single] = chunksOf(one);
      const parts = chunksOf(parted);
      expect(parts).toHaveLength(4);
      // A query reads one chunk in each part. Each of the four parts holds a quarter of the
      // positions in chunks a quarter the size, so four times as many chunks in all (measured:
      // 33 in one index, 130 in the parts; 34, each four times larger than needed, were
      // every part written with one index's chunk size).
      const total = parts.reduce((a, b) => a + b);
      expect(total).toBeGreaterThanOrEqual(2.5 * single!);
    } finally {
      if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
    }
  }, 120_000);
});
