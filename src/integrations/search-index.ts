/**
 * Builds the Pagefind index from the finished site in astro:build:done, with Pagefind's
 * Node API, so no plain `astro build` can skip it. Only pages that carry
 * `data-pagefind-body` are indexed; pages add it only when src/lib/publishing.ts says the
 * entry is searchable (see src/components/SearchIndexing.astro). Any indexing error fails
 * the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseMemory } from '../lib/memory';
import { INDEX_CHUNK_POSITIONS } from '../lib/search';

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

/**
 * Indexes the marked pages under `distDir` into `distDir/pagefind/`; returns how many.
 * Pages are read and handed over in batches, so the site's HTML is never all in memory.
 */
export async function writeSearchIndex(distDir: string): Promise<number> {
  // Pagefind reads this when its service starts (on createIndex). Its name says unstable:
  // should a later Pagefind ignore it, chunks return to the default size and searches
  // download more, nothing breaks; tests/build/search-index.test.ts notices.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_POSITIONS);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new SearchIndexError(errors);
    // Pagefind indexes whole pages when no page is marked; hand it the marked pages only,
    // so a site with nothing searchable gets an empty index, never its page chrome.
    const files = await htmlFiles(distDir);
    let indexed = 0;
    for (let start = 0; start < files.length; start += 64) {
      const batch = (await Promise.all(files.slice(start, start + 64).map(async (sourcePath) => ({ sourcePath, content: await readFile(join(distDir, sourcePath), 'utf8') })))).filter(
        (page) => page.content.includes('data-pagefind-body'),
      );
      const results = await Promise.all(batch.map((page) => index.addHTMLFile(page)));
      const problems = results.flatMap((r, i) => r.errors.map((e) => `${batch[i]!.sourcePath}: ${e}`));
      if (problems.length) throw new SearchIndexError(problems);
      indexed += batch.length;
    }
    const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
    if (written.errors.length) throw new SearchIndexError(written.errors);
    return indexed;
  } finally {
    await pagefind.close();
  }
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
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms (${released} MB of memory released before it started).`);
      },
    },
  };
}
