/**
 * Post-build gates: after every production build, read dist/ and fail the build when
 * an image keeps EXIF/XMP/IPTC metadata, a withdrawn story left a trace, or the search
 * index is missing: what protects a person, and nothing else (issue #17). HTML validity and
 * internal links are `npm run verify`'s (scripts/verify.ts), which the pull-request workflow
 * runs: a failed deploy keeps the previous one live, withdrawn stories included, so a
 * quality nit must never stop one. Must be the LAST integration in
 * astro.config.mjs: Astro runs `astro:build:done` hooks in order, and the search index
 * written by an earlier integration's hook has to be checked too.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatGateReport, gateTimings, runGates } from '../lib/gates/run';
import type { WithdrawnStory } from '../lib/gates/withdrawn';
import { contextFromEnv, withdrawnInEffect } from '../lib/publishing';
import { sitePathFile } from '../lib/urls';
import { checkContentOncePerBuild } from '../lib/validation/check';

export class PostBuildGateError extends Error {
  constructor(report: string, count: number) {
    super(`Post-build checks failed: ${count} problem${count === 1 ? '' : 's'} in dist/ that could harm a storyteller or a reader. The site must not be deployed.\n\n${report}\n\ndocs/editors.md ("Post-build checks") explains each one.`);
    this.name = 'PostBuildGateError';
    // The report is the message; a stack trace would only bury it.
    this.stack = this.message;
  }
}

/** Withdrawn stories, read from editors' files by the content checks. */
export async function withdrawnStories(root: string): Promise<WithdrawnStory[]> {
  const { content } = await checkContentOncePerBuild(root, { context: contextFromEnv() });
  const photo = (s: (typeof content.stories)[number]) => (s.data.image ? join(dirname(s.file), String(s.data.image.src)) : undefined);
  // A translation of a withdrawn story is withdrawn with it.
  const withdrawn = withdrawnInEffect(content.stories);
  // A photo that another, live story also uses may legitimately be in dist/.
  const livePhotos = new Set(content.stories.filter((s) => !withdrawn(s)).map(photo));
  return content.stories
    .filter(withdrawn)
    .map((s) => {
      const image = photo(s);
      const imageName = image && !livePhotos.has(image) ? basename(image).replace(/\.[^.]+$/, '') : undefined;
      return { slug: s.slug, title: s.data.title, file: s.file, imageName };
    });
}

/**
 * Episode audio given as a site path but not in public/: uploaded to the server apart from
 * the repository, so dist/ cannot hold it (the content checks warn about each one).
 */
export async function audioServedApart(root: string, publicDir: string): Promise<string[]> {
  const { content } = await checkContentOncePerBuild(root, { context: contextFromEnv() });
  return content.episodes
    .map((e) => sitePathFile(e.data.audio.url))
    .filter((file): file is string => file !== undefined && !existsSync(join(publicDir, file)));
}

export function postBuildGates(): AstroIntegration {
  let root = '';
  let publicDir = '';
  let unfinished: (() => void) | undefined;
  return {
    name: 'shared-path:post-build-gates',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // Astro's CLI ends every build, passed or failed, with process.exit, which skips
        // 'beforeExit' (node_modules/astro/bin/astro.mjs). Node emits it only when it runs out
        // of work first: a hook is waiting for an answer that will never come (Pagefind's
        // process killed, say), and Node would exit 0 with the site unchecked. Installed
        // here, not in astro:build:start, so that every integration's build hooks are covered.
        if (unfinished) process.off('beforeExit', unfinished);
        unfinished = () => {
          logger.error(
            'The build ended without finishing: a step was waiting for an answer that will never come (the last step printed above), so the post-build checks did not finish. The site must not be deployed. Run the build again; if it stops at the same step, that step is the one to look into.',
          );
          process.exitCode = 1;
        };
        process.once('beforeExit', unfinished);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await runPostBuildGates(fileURLToPath(dir), logger);
        } finally {
          // A build that got here finished, passed or failed: a program that runs Astro's
          // build() and goes on must not be failed by this listener later.
          if (unfinished) process.off('beforeExit', unfinished);
          unfinished = undefined;
        }
      },
    },
  };

  async function runPostBuildGates(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
    const failures = await runGates(distDir, { withdrawn: await withdrawnStories(root), publicDir });
    if (failures.length > 0) throw new PostBuildGateError(formatGateReport(failures), failures.length);
    const took = Object.entries(gateTimings).map(([gate, ms]) => `${gate} ${(ms / 1000).toFixed(1)} s`).join(', ');
    logger.info(`Post-build checks passed: image metadata, withdrawn stories, search index (${took}). HTML and links: npm run verify.`);
  }
}
