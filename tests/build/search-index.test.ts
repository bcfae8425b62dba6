import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/prng';
import { PagefindStoppedError, watchChildProcesses, writeSearchIndex } from '../../src/integrations/search-index';
import { INDEX_CHUNK_POSITIONS, SEARCH_PARTS_FILE, searchPartOf } from '../../src/lib/search';
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

/** Runs `body` with Pagefind's chunk setting as given (undefined: unset), then puts it back. */
async function withChunkSetting(value: string | undefined, body: () => Promise<void>): Promise<void> {
  const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  try {
    if (value === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = value;
    await body();
  } finally {
    if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
  }
}

/** The folders of the index: /pagefind/ and the parts its list names. */
const folders = (dist: string) => ['/pagefind/', ...(JSON.parse(readFileSync(join(dist, SEARCH_PARTS_FILE), 'utf8')) as string[])];

/** The URL of every page a folder's fragments hold (gzip, "pagefind_dcd", then one fragment or a group of them). */
function indexedUrls(dist: string, folder: string): string[] {
  const dir = join(dist, folder, 'fragment');
  return readdirSync(dir).flatMap((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
    return typeof json.url === 'string' ? [json.url] : Object.values(json as Record<string, { url: string }>).map((fragment) => fragment.url);
  });
}

const chunks = (dist: string) => readdirSync(join(dist, 'pagefind/index')).map((f) => statSync(join(dist, 'pagefind/index', f)).size);

describe('search index', () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it(`indexes only marked pages, in chunks of about ${INDEX_CHUNK_POSITIONS} word positions`, async () => {
    // 150 pages × 301 words ≈ 45,000 positions.
    const ours = site('ours', 150);
    const defaults = site('default', 150);
    await withChunkSetting(undefined, async () => expect(await writeSearchIndex(ours)).toEqual({ pages: 150, parts: 1 }));
    await withChunkSetting('20000', async () => void (await writeSearchIndex(defaults)));
    // If Pagefind stops reading the setting, both indexes come out alike and this fails
    // (measured: 7 chunks of up to 20 KB by default, 33 of up to 4.4 KB with ours).
    expect(chunks(ours).length).toBeGreaterThanOrEqual(3 * chunks(defaults).length);
    expect(Math.max(...chunks(ours))).toBeLessThan(Math.max(...chunks(defaults)) / 2);
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
    const urls = folders(dist).map((folder) => indexedUrls(dist, folder));
    expect(urls.every((part) => part.length > 10 && part.length <= 50)).toBe(true);
    expect(urls.flat().sort()).toEqual(Array.from({ length: 150 }, (_, i) => `/p${i}/`).sort());
    // Only the first part carries Pagefind's script and WebAssembly.
    expect(readdirSync(join(dist, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'parts.json']));
    for (const part of parts) expect(readdirSync(join(dist, part)).filter((n) => /\.(js|css|pagefind)$/.test(n))).toEqual([]);
  }, 120_000);

  it('writes each of n parts in chunks of 1/n of the positions, so a query reads about what one index gives', async () => {
    const chunkCount = (dist: string) => folders(dist).map((folder) => readdirSync(join(dist, folder, 'index')).length);
    const one = site('one-index', 150);
    const parted = site('in-parts', 150);
    await withChunkSetting(undefined, async () => {
      await writeSearchIndex(one);
      await writeSearchIndex(parted, 50);
      expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBeUndefined();
    });
    const [single] = chunkCount(one);
    const parts = chunkCount(parted);
    expect(parts).toHaveLength(4);
    // A query reads one chunk in each part. Each of the four parts holds a quarter of the
    // positions in chunks a quarter the size, so four times as many chunks in all (measured:
    // 33 in one index, 130 in the parts; 34, each four times larger than needed, were
    // every part written with one index's chunk size).
    expect(parts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(2.5 * single!);
  }, 120_000);

  it('makes the first part with pages the one /search/ loads first', async () => {
    // Marked pages that all fall in the second of two parts, unmarked ones in the first.
    const dist = join(ROOT, 'empty-first');
    rmSync(dist, { recursive: true, force: true });
    const page = (name: string, marked: boolean) => {
      mkdirSync(join(dist, name), { recursive: true });
      const body = marked ? `<article data-pagefind-body><h1>${name}</h1><p>Quiet words for ${name}.</p></article>` : '<p>Unmarked</p>';
      writeFileSync(join(dist, name, 'index.html'), `<!DOCTYPE html><html lang="en"><head><title>${name}</title></head><body>${body}</body></html>`);
    };
    const names = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const marked = names.filter((n) => searchPartOf(`${n}/index.html`, 2) === 1).slice(0, 3);
    const unmarked = names.filter((n) => searchPartOf(`${n}/index.html`, 2) === 0).slice(0, 3);
    for (const n of marked) page(n, true);
    for (const n of unmarked) page(n, false);
    expect(await writeSearchIndex(dist, 3)).toEqual({ pages: 3, parts: 1 });
    expect(folders(dist)).toEqual(['/pagefind/']);
    expect(indexedUrls(dist, '/pagefind/').sort()).toEqual(marked.map((n) => `/${n}/`).sort());
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/part-2'))).toBe(false);
  }, 120_000);

  /** Runs `body`, handing `seen` every child process started meanwhile. */
  async function watchingChildren<T>(seen: (child: ChildProcess) => void, body: () => Promise<T>): Promise<T> {
    const stopWatching = watchChildProcesses(seen);
    try {
      return await body();
    } finally {
      stopWatching();
    }
  }

  it('fails, naming Pagefind, when its process is killed while a call waits for it, and waits for the process to end', async () => {
    const dist = site('killed', 20);
    // Killed as soon as it starts, with createIndex's message sent and unanswered: Pagefind's
    // own API would wait for the answer for ever.
    const killed = watchingChildren(
      (child) => child.once('spawn', () => child.kill('SIGKILL')),
      () => writeSearchIndex(dist),
    );
    await expect(killed).rejects.toThrow(PagefindStoppedError);
    await expect(killed).rejects.toThrow(/^Pagefind's process was killed \(SIGKILL\) before the search index was written\. .* lack of memory/);
    // The next index starts a new process, and when it is written that process is gone.
    const started: ChildProcess[] = [];
    expect(await watchingChildren((child) => started.push(child), () => writeSearchIndex(dist))).toEqual({ pages: 20, parts: 1 });
    expect(started).toHaveLength(1);
    expect(started[0]!.exitCode !== null || started[0]!.signalCode !== null).toBe(true);
  }, 60_000);

  it('keeps Node running until the index is written, in a script with nothing else to wait for', () => {
    const dist = site('script', 20);
    const script = join(ROOT, 'index-then-exit.mts');
    writeFileSync(script, `import { writeSearchIndex } from ${JSON.stringify(join(PROJECT, 'src/integrations/search-index.ts'))};\nconsole.log(JSON.stringify(await writeSearchIndex(${JSON.stringify(dist)})));\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: PROJECT, encoding: 'utf8', timeout: 50_000, killSignal: 'SIGKILL' });
    // Node exits with 13 when the awaited index never settles: it ran out of things to wait for.
    expect({ status: run.status, stdout: run.stdout.trim() }).toEqual({ status: 0, stdout: JSON.stringify({ pages: 20, parts: 1 }) });
  }, 60_000);
});
