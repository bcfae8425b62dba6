/**
 * Builds the Pagefind index from the finished site in astro:build:done, with Pagefind's
 * Node API, so no plain `astro build` can skip it. Only pages that carry
 * `data-pagefind-body` are indexed; pages add it only when src/lib/publishing.ts says the
 * entry is searchable (see src/components/SearchIndexing.astro). Any indexing error fails
 * the build.
 */
import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseMemory } from '../lib/memory';
import { INDEX_CHUNK_POSITIONS, SEARCH_PART_PAGES, SEARCH_PARTS_FILE, searchChunkPositions, searchPartCount, searchPartOf, searchPartPath } from '../lib/search';

/** Every built HTML page, relative to `root`, in a stable order. */
async function htmlFiles(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
}

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Building the search index failed:\n  ${problems.join('\n  ')}`);
    this.name = 'SearchIndexError';
  }
}

export class PagefindStoppedError extends Error {
  /** `how`: "was killed (SIGKILL)", "exited with code 3", "failed (ENOENT)". */
  constructor(how: string) {
    const hint = how.includes('SIGKILL')
      ? 'A process killed with SIGKILL was most likely ended by the system for lack of memory: docs/performance.md gives the memory a build needs.'
      : 'Run the build again; if it stops the same way, run `npm install` again, which brings Pagefind\'s program.';
    super(`Pagefind's process ${how} before the search index was written. The build stops here: a site without its whole index must not be deployed. ${hint}`);
    this.name = 'PagefindStoppedError';
    // The message says all there is: a stack trace through this file would only bury it.
    this.stack = this.message;
  }
}

/** Hands `seen` every child process started until the returned function is called (Node's `child_process` diagnostics channel). */
export function watchChildProcesses(seen: (child: ChildProcess) => void): () => void {
  const listener = (message: unknown) => seen((message as { process: ChildProcess }).process);
  subscribe('child_process', listener);
  return () => unsubscribe('child_process', listener);
}

/**
 * A Pagefind index whose process is watched. Pagefind's Node API runs `pagefind --service`
 * and has no handler for that process ending on its own: a call waiting for its answer
 * never settles, and `astro build`, left with nothing to do, would exit 0 without the
 * index, the headers or the post-build checks (seen with the process killed by SIGKILL).
 * Pagefind starts its process synchronously inside createIndex, so the child seen during
 * that call is Pagefind's. `created` is createIndex's answer; `settle` makes a Pagefind
 * call fail with PagefindStoppedError when the process ends first; `close` ends the
 * process and waits for it to be gone, so the next part's process does not start beside it.
 */
function openPagefindIndex() {
  // A service left running by an earlier caller would be reused, and no process seen.
  void pagefind.close();
  let child: ChildProcess | undefined;
  const stopWatching = watchChildProcesses((started) => void (child ??= started));
  let created: ReturnType<typeof pagefind.createIndex>;
  try {
    created = pagefind.createIndex({});
  } finally {
    stopWatching();
  }
  if (!child) {
    void pagefind.close();
    created.catch(() => {});
    throw new SearchIndexError(['Pagefind started no process that the build can watch: its Node API has changed (see openPagefindIndex in src/integrations/search-index.ts).']);
  }
  const pagefindProcess: ChildProcess = child;
  let closing = false;
  const stopped = new Promise<never>((_, reject) => {
    const fail = (how: string) => {
      if (!closing) reject(new PagefindStoppedError(how));
    };
    pagefindProcess.once('exit', (code, signal) => fail(signal ? `was killed (${signal})` : `exited with code ${code}`));
    pagefindProcess.once('error', (error: NodeJS.ErrnoException) => fail(`failed (${error.code ?? error.message})`));
  });
  stopped.catch(() => {}); // Observed through settle; a rejection nobody awaits is not an error.
  const settle = <T>(call: Promise<T>): Promise<T> => Promise.race([call, stopped]);
  const ended = () => pagefindProcess.exitCode !== null || pagefindProcess.signalCode !== null;
  const close = async () => {
    closing = true;
    const running = pagefindProcess.pid !== undefined && !ended();
    await pagefind.close();
    if (!running) return;
    // Pagefind's close leaves its process unreferenced: with nothing else to do, Node would
    // exit while waiting here (the build's 4,000-story bench did, at exit code 0).
    pagefindProcess.ref();
    try {
      await once(pagefindProcess, 'exit', { signal: AbortSignal.timeout(10_000) });
    } catch {
      if (ended()) return;
      console.warn('Pagefind\'s process had not ended 10 s after it was asked to; it is killed.');
      pagefindProcess.kill('SIGKILL');
      await once(pagefindProcess, 'exit');
    }
  };
  return { created: settle(created), settle, close };
}

export interface SearchIndexSummary {
  /** Pages indexed: those marked `data-pagefind-body`. */
  pages: number;
  /** Indexes written: Pagefind's own folder and the further parts listed in SEARCH_PARTS_FILE. */
  parts: number;
}

/** What a merged part keeps of the files Pagefind writes into every folder: its index. /search/ runs the first part's script and WebAssembly. */
const keptInPart = (name: string) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);

/**
 * Indexes the marked pages among `files` in one Pagefind process, closed afterwards so its
 * memory is gone before the next part. `outputFor` gets the number of pages indexed and
 * names the folder to write, or undefined to write nothing. Returns that number.
 */
async function writePart(distDir: string, files: readonly string[], outputFor: (indexed: number) => string | undefined): Promise<number> {
  const { created, settle, close } = openPagefindIndex();
  try {
    const { index, errors } = await created;
    if (!index) throw new SearchIndexError(errors);
    let indexed = 0;
    // Pages are read and handed over in batches, so the site's HTML is never all in memory.
    for (let start = 0; start < files.length; start += 64) {
      const batch = (await Promise.all(files.slice(start, start + 64).map(async (sourcePath) => ({ sourcePath, content: await readFile(join(distDir, sourcePath), 'utf8') })))).filter(
        (page) => page.content.includes('data-pagefind-body'),
      );
      const results = await settle(Promise.all(batch.map((page) => index.addHTMLFile(page))));
      const problems = results.flatMap((r, i) => r.errors.map((e) => `${batch[i]!.sourcePath}: ${e}`));
      if (problems.length) throw new SearchIndexError(problems);
      indexed += batch.length;
    }
    const outputPath = outputFor(indexed);
    if (outputPath === undefined) return indexed;
    const written = await settle(index.writeFiles({ outputPath }));
    if (written.errors.length) throw new SearchIndexError(written.errors);
    return indexed;
  } finally {
    await close();
  }
}

/**
 * Indexes the marked pages under `distDir` into `distDir/pagefind/`: in one index, or for
 * a site of more than `pagesPerPart` pages in parts (src/lib/search.ts, SEARCH_PART_PAGES)
 * that /search/ merges, listed in SEARCH_PARTS_FILE. The first part with pages is the one
 * in /pagefind/ that /search/ loads first; a part without pages is not written.
 */
export async function writeSearchIndex(distDir: string, pagesPerPart = SEARCH_PART_PAGES): Promise<SearchIndexSummary> {
  // A part left from an earlier build would be served with what it held then, withdrawn
  // stories included: the index is always written whole, into an empty folder.
  await rm(join(distDir, 'pagefind'), { recursive: true, force: true });
  // Pagefind indexes whole pages when no page is marked; hand it the marked pages only,
  // so a site with nothing searchable gets an empty index, never its page chrome.
  const files = await htmlFiles(distDir);
  const count = searchPartCount(files.length, pagesPerPart);
  const groups = Array.from({ length: count }, (): string[] => []);
  for (const file of files) groups[searchPartOf(file, count)]!.push(file);
  // Pagefind reads this when its service starts (on createIndex). Its name says unstable:
  // should a later Pagefind ignore it, chunks return to the default size and searches
  // download more, nothing breaks; tests/build/search-index.test.ts notices. A value set
  // outside (tests compare with Pagefind's default) is the base shared between the parts.
  const outside = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  const base = Number(outside);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(searchChunkPositions(count, base > 0 ? base : INDEX_CHUNK_POSITIONS));
  let pages = 0;
  const written: string[] = [];
  try {
    for (const [i, group] of groups.entries()) {
      // A site with nothing searchable still gets an (empty) index: /search/ says "No results".
      const last = i === groups.length - 1;
      pages += await writePart(distDir, group, (indexed) => {
        if (indexed === 0 && !(last && written.length === 0)) return undefined;
        written.push(searchPartPath(written.length));
        return join(distDir, written.at(-1)!);
      });
    }
  } finally {
    if (outside === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = outside;
  }
  // Only the first part's script and WebAssembly run: the others keep their index files.
  for (const part of written.slice(1)) {
    const folder = join(distDir, part);
    for (const name of await readdir(folder)) if (!keptInPart(name)) await rm(join(folder, name), { recursive: true });
  }
  await writeFile(join(distDir, SEARCH_PARTS_FILE), JSON.stringify(written.slice(1)));
  return { pages, parts: written.length };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'shared-path:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Pagefind's process holds every page's words at once (about 170 KB a page): free
        // what Astro no longer needs first, or the two peak together (src/lib/memory.ts).
        const released = releaseMemory();
        const started = performance.now();
        const { pages, parts } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages${parts > 1 ? ` in ${parts} parts` : ''} in ${Math.round(performance.now() - started)} ms (${released} MB of memory released before it started).`);
      },
    },
  };
}
