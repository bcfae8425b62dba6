// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { postBuildGates } from './src/integrations/post-build-gates.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapWithoutNoindex } from './src/integrations/sitemap.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // searchIndex() reads the finished pages; postBuildGates() must stay last: it checks
  // what every other integration wrote to dist/, the search index included.
  integrations: [contentChecks(), mdx(), sitemapWithoutNoindex(), searchIndex(), postBuildGates()],
});
