/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from Astro's cache instead of
 * rendered again. A key must therefore cover everything the page shows that does not come
 * from code: an entry's own data and text, what it shows of other entries (related
 * stories), and the site-wide data every page carries (crisis lines, topics, podcast).
 * Astro adds the page's code, the rendered Markdown and its images itself (tested in
 * tests/build/incremental.test.ts).
 *
 * Only story pages carry keys: they are nearly all of an archive's pages. Lists, topics,
 * feeds, episodes and guides render on every build.
 */
import { createHash } from 'node:crypto';

/** A short, stable digest of JSON-serialisable parts (Dates become ISO strings). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

