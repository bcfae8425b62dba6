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
import { URLS } from '../lib/urls';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'shared-path:security-headers',
    hooks: {
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
        const xsl = join(root, URLS.feedStylesheet);
        const feedStyles = existsSync(xsl) ? inlineStyleHashes(readFileSync(xsl, 'utf8')) : [];
        if (feedStyles.length) policies.push(`style-src ${feedStyles.join(' ')}`);
        const podcastDir = join(root, URLS.podcast);
        const podcastFiles = existsSync(podcastDir)
          ? readdirSync(podcastDir, { recursive: true, encoding: 'utf8' })
              .map((file) => `${URLS.podcast}${file.split(sep).join('/')}`)
              .sort()
          : [];
        writeFileSync(join(root, '_headers'), headersFile(mergeCsp(policies, HEADER_ONLY_DIRECTIVES), podcastFiles));
        logger.info(`Wrote _headers from the CSP of ${pages.length} pages.`);
      },
    },
  };
}
