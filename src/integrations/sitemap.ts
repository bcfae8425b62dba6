/**
 * /sitemap-index.xml via @astrojs/sitemap, leaving out every page that must not be indexed
 * and non-HTML files. A page is noindex when its built HTML says so: the pages write
 * <meta name="robots" content="noindex"> exactly when the publishing module says they are
 * not searchable (stories without `search` consent; the 404 page), so the sitemap follows
 * that one decision without parsing the content again. Only each page's <head> is read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { hasNoindexMeta, headOf } from '../lib/feeds/noindex';
import { withoutBase } from '../lib/urls';

const CHUNK = 16 * 1024;

/** The start of a built page up to the end of its <head> (or the whole file); undefined if there is no such file. */
function readHead(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      // latin1 keeps byte offsets; "</head>" is ASCII, so a split multi-byte character cannot hide it.
      const text = Buffer.concat(chunks).toString('latin1');
      if (/<\/head\s*>/i.test(text) || read < CHUNK) break;
    }
    return headOf(Buffer.concat(chunks).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** The sitemap's filter over a built site: pages only (paths ending in /), and none whose <head> says noindex. */
export function sitemapFilter(outDir: string, base = '/'): (page: string) => boolean {
  return (page) => {
    // Under a base path (/repo/), the page's file in dist/ is without it.
    const path = withoutBase(decodeURI(new URL(page).pathname), base);
    if (!path.endsWith('/')) return false; // feeds, calendars, JSON: not pages
    const head = readHead(join(outDir, path, 'index.html'));
    // A page whose file cannot be found is left out: the sitemap lists only what is known to be indexable.
    return head !== undefined && !hasNoindexMeta(head);
  };
}

export function sitemapWithoutNoindex(): AstroIntegration {
  return {
    name: 'shared-path:sitemap',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ integrations: [sitemap({ filter: sitemapFilter(fileURLToPath(config.outDir), config.base) })] });
      },
    },
  };
}
