/**
 * Writes dist/_headers after the build from the CSP Astro put in every page, plus the
 * headers a meta tag cannot carry, and the types and CORS of the podcast's feeds, chapters
 * and transcripts. Fails the build if a page has no CSP: a page without
 * one would be the only page an injected script could run on.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_ONLY_DIRECTIVES, cspFromHtml, headersFile, inlineStyleHashes, mergeCsp } from '../lib/security-headers';
import { deployHost, isPreviewDeploy } from '../lib/hosts';
import { ROUTES } from '../lib/urls';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'shared-path:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name))
          // The policy lists each page's hashes in the order pages are read: sorted, so a
          // rebuild writes the same _headers whatever order Astro wrote the pages in.
          .sort();
        const policies: string[] = [];
        for (const page of pages) {
          const csp = cspFromHtml(readFileSync(page, 'utf8'));
          if (!csp) {
            throw new Error(
              `${relative(root, page)} has no Content-Security-Policy meta tag. Keep security.csp on in astro.config.mjs and render the page through BaseLayout.`,
            );
          }
          policies.push(csp);
        }
        // Feeds open in a browser styled by rss.xsl, whose inline styles need their own hashes.
        const xsl = join(root, ROUTES.feedStylesheet);
        const feedStyles = existsSync(xsl) ? inlineStyleHashes(readFileSync(xsl, 'utf8')) : [];
        if (feedStyles.length) policies.push(`style-src ${feedStyles.join(' ')}`);
        const podcastDir = join(root, ROUTES.podcast);
        const podcastFiles = existsSync(podcastDir)
          ? readdirSync(podcastDir, { recursive: true, encoding: 'utf8' })
              .map((file) => `${ROUTES.podcast}${file.split(sep).join('/')}`)
              .sort()
          : [];
        // GitHub Pages sets no custom headers and would publish _headers as a page: there the
        // meta tags (CSP, referrer) are all the protection a page gets (docs/deploy.md).
        if (deployHost() === 'github-pages') {
          logger.info(`GitHub Pages: no _headers written; every page carries its CSP and referrer policy as meta tags (${pages.length} pages checked).`);
          return;
        }
        writeFileSync(join(root, '_headers'), headersFile(mergeCsp(policies, HEADER_ONLY_DIRECTIVES), podcastFiles, base, isPreviewDeploy()));
        logger.info(`Wrote _headers from the CSP of ${pages.length} pages.`);
      },
    },
  };
}
