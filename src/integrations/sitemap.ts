/**
 * /sitemap-index.xml via @astrojs/sitemap, leaving out every page that must not be indexed:
 * the pages the publishing module marks noindex (stories without `search` consent), any
 * other built page carrying <meta name="robots" content="noindex">, and non-HTML files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { hasNoindexMeta, noindexPaths } from '../lib/feeds/noindex';
import { contextFromEnv } from '../lib/publishing';
import { loadContent } from '../lib/validation/load';

export function sitemapWithoutNoindex(): AstroIntegration {
  return {
    name: 'shared-path:sitemap',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        let hidden: Set<string> | undefined;
        const keep = (page: string) => {
          const path = decodeURI(new URL(page).pathname);
          if (!path.endsWith('/')) return false; // feeds, calendars, JSON: not pages
          hidden ??= noindexPaths(loadContent(root), contextFromEnv());
          if (hidden.has(path)) return false;
          const html = join(outDir, path, 'index.html');
          return !(existsSync(html) && hasNoindexMeta(readFileSync(html, 'utf8')));
        };
        updateConfig({ integrations: [sitemap({ filter: keep })] });
      },
    },
  };
}
