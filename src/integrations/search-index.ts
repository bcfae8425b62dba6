/**
 * Builds the Pagefind index from the finished site in astro:build:done, with Pagefind's
 * Node API, so no plain `astro build` can skip it. Only pages that carry
 * `data-pagefind-body` are indexed; pages add it only when src/lib/publishing.ts says the
 * entry is searchable (see src/components/SearchIndexing.astro). Any indexing error fails
 * the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The built pages that ask to be indexed. */
async function markedPages(root: string): Promise<Array<{ sourcePath: string; content: string }>> {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const pages = await Promise.all(
    files.map(async (file) => ({ sourcePath: relative(root, join(root, file)), content: await readFile(join(root, file), 'utf8') })),
  );
  return pages.filter((page) => page.content.includes('data-pagefind-body'));
}

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Building the search index failed:\n  ${problems.join('\n  ')}`);
    this.name = 'SearchIndexError';
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'shared-path:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outputPath = fileURLToPath(new URL('./pagefind/', dir));
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new SearchIndexError(errors);
          // Pagefind indexes whole pages when no page is marked; hand it the marked pages only,
          // so a site with nothing searchable gets an empty index, never its page chrome.
          const pages = await markedPages(fileURLToPath(dir));
          for (let start = 0; start < pages.length; start += 64) {
            const batch = pages.slice(start, start + 64);
            const results = await Promise.all(batch.map((page) => index.addHTMLFile(page)));
            const problems = results.flatMap((r, i) => r.errors.map((e) => `${batch[i]!.sourcePath}: ${e}`));
            if (problems.length) throw new SearchIndexError(problems);
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new SearchIndexError(written.errors);
          logger.info(`Pagefind indexed ${pages.length} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
