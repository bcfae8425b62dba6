// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { sitemapWithoutNoindex } from './src/integrations/sitemap.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [contentChecks(), mdx(), sitemapWithoutNoindex()],
});
