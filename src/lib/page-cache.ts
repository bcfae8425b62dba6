/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from Astro's cache instead of
 * rendered again. A key must therefore cover everything the page shows that does not come
 * from code: an entry's own data and text, what it shows of other entries (related
 * stories), and the site-wide data every page carries (crisis lines, topics, podcast).
 * Astro adds the page's code and the rendered Markdown, not the bytes of the entry's images:
 * imagesDigest() reads those. tests/build/incremental.test.ts changes each part in turn.
 *
 * Only story pages carry keys: they are nearly all of an archive's pages. Lists, topics,
 * feeds, episodes and guides render on every build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

/** A short, stable digest of JSON-serialisable parts (Dates become ISO strings). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

/** What Astro stores of an entry's images: paths relative to its source file. */
export interface EntryImages {
  filePath?: string | undefined;
  assetImports?: string[] | undefined;
  rendered?: { metadata?: { imagePaths?: string[] } } | undefined;
}

/**
 * A digest of every local image an entry uses (its photo and any image in its text), read
 * from disk: replacing a photo under the same name (say, cropped at the storyteller's
 * request) must render its page again, and neither the entry's digest nor Astro's own
 * tracking notices that. Paths are read as Astro stored them, never through the imported
 * image (touching it would ship the original with its metadata: see StoryPhoto.astro).
 * Undefined when an image cannot be read: the page then gets no key and always renders.
 */
export function imagesDigest(entry: EntryImages, root = process.cwd()): string | undefined {
  const paths = [...new Set([...(entry.assetImports ?? []), ...(entry.rendered?.metadata?.imagePaths ?? [])])]
    .filter((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p))
    .sort();
  if (paths.length === 0) return '';
  if (!entry.filePath) return undefined;
  const hash = createHash('sha256');
  for (const path of paths) {
    const file = isAbsolute(path) ? path : resolve(root, dirname(entry.filePath), path);
    try {
      hash.update(path).update(readFileSync(file));
    } catch {
      return undefined;
    }
  }
  return hash.digest('base64url').slice(0, 32);
}
