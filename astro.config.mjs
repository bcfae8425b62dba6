// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig, sharpImageService } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { hostLimits } from './src/integrations/host-limits.ts';
import { postBuildGates } from './src/integrations/post-build-gates.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemapWithoutNoindex } from './src/integrations/sitemap.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/markdown-base-links.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  // site.yaml's url (or SITE_URL); a path in it (https://name.github.io/repo/) puts the whole
  // site under that path: every page, asset, feed, sitemap entry and search file.
  site: SITE.url,
  base: SITE.base,
  // The same base for src/lib/urls.ts, in pages and in browser scripts alike.
  vite: { define: { __SHARED_PATH_BASE__: JSON.stringify(SITE.base) } },
  trailingSlash: 'always',
  // Render the next page while the last one is written to disk: with one at a time Astro's
  // thread waited on file writes for half of page generation (npm run bench, 4,000 stories:
  // 17 s -> 13.4 s; 4 and 8 gained nothing more).
  build: { concurrency: 2 },
  // Photos are encoded as WebP with effort 2 (sharp's default is 4): the encoder was most of
  // the images' time, and effort 2 takes 40 % less of it for files 1.6 % larger (200 bench
  // photos at 360 and 720 px, measured in docs/performance.md).
  image: { service: sharpImageService({ webp: { effort: 2 } }) },
  // searchIndex() reads the finished pages; securityHeaders() writes dist/_headers from their
  // CSP; hostLimits() checks every file against the host's limits; postBuildGates() must stay last: it checks what every other integration wrote to dist/.
  integrations: [contentChecks(), mdx(), sitemapWithoutNoindex(), searchIndex(), securityHeaders(), hostLimits(), postBuildGates()],
  // Story pages whose data, related stories and code are unchanged are copied from the last
  // build instead of rendered (keys: src/lib/page-cache.ts). The cache is in node_modules/.astro.
  experimental: { incrementalBuild: true },
  // Shiki colours code with inline style attributes, which the CSP below forbids.
  // Editors' root links (/help/) follow the site under its base path.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: SITE.base === '/' ? [] : [baseLinksPlugin(SITE.base)] }) },
  // Readers make no third-party request: everything comes from the site itself. Astro adds
  // the hashes of its own inline scripts and styles; `frame-ancestors` and the other
  // headers a meta tag cannot carry go to dist/_headers (src/integrations/security-headers.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        // Episode audio may live on a media host; it loads only when the reader presses play.
        "media-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
