/**
 * Runs the content checks (src/lib/validation) before Astro loads any content, so a
 * build reports every problem in editors' files at once, names file, field and fix,
 * and stops before anything is written.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pinBuildNow } from '../lib/dates';
import { contextFromEnv } from '../lib/publishing';
import { checkContent, checkContentOncePerBuild } from '../lib/validation/check';
import { formatReport, hasErrors } from '../lib/validation/issues';

export class ContentCheckError extends Error {
  constructor(report: string) {
    super(`Content checks failed. Nothing was built.\n\n${report}\n\nFix the files above and build again; docs/editors.md explains every field.`);
    this.name = 'ContentCheckError';
    // The report is the message; a stack trace would only bury it.
    this.stack = this.message;
  }
}

export function contentChecks(): AstroIntegration {
  return {
    name: 'shared-path:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const env = process.env;
        if (command === 'build' && env.SHARED_PATH_PREVIEW === '1') {
          throw new ContentCheckError('SHARED_PATH_PREVIEW=1 shows drafts and scheduled entries and is for `npm run dev:drafts` only. Unset it to build.');
        }
        if (command !== 'build' && command !== 'dev') return;
        // One "now" for the whole build; the post-build gates then reuse this check's result.
        if (command === 'build') pinBuildNow();
        const check = command === 'build' ? checkContentOncePerBuild : checkContent;
        const { issues } = await check(fileURLToPath(config.root), { context: contextFromEnv(env) });
        if (issues.length === 0) {
          logger.info('Content checks passed.');
          return;
        }
        const report = formatReport(issues);
        if (!hasErrors(issues)) {
          logger.warn(`Content checks passed with warnings:\n${report}`);
          return;
        }
        if (command === 'dev') {
          logger.error(`Content problems (a build would refuse these):\n${report}`);
          return;
        }
        throw new ContentCheckError(report);
      },
    },
  };
}
