/**
 * npm run verify: the quality checks over a built dist/ (run `npm run build` first): HTML
 * validity, html-validate's accessibility rules and internal links. A problem an editor's
 * text caused is reported at that file and line, in editors' words; any other at the built
 * page and the template that made it. Exits 1 on any finding: the pull-request workflow runs
 * it after the build, so a nit is fixed before merging but never stops a deploy (issue #17).
 * Results are cached by page hash in node_modules/.astro, as the build's were.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { audioServedApart } from '../src/integrations/post-build-gates';
import { loadHtmlValidateConfig } from '../src/lib/gates/html';
import { qualityTimings, runQualityChecks } from '../src/lib/gates/quality';
import { formatVerifyReport, githubAnnotations } from '../src/lib/gates/verify-report';
import { siteSettingsOrThrow } from '../src/lib/site-settings';

const root = resolve(process.argv[2] ?? process.cwd());
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`npm run verify checks a built site, and ${dist} holds none: run npm run build first.`);
  process.exit(2);
}

const started = performance.now();
const findings = await runQualityChecks(dist, {
  root,
  // The site's address from the project's site.yaml (or SITE_URL, as the build had it): a link to it is internal.
  site: siteSettingsOrThrow(root).url,
  htmlConfig: loadHtmlValidateConfig(root),
  htmlCacheFile: join(root, 'node_modules/.astro/shared-path/html-validate.json'),
  servedApart: await audioServedApart(root, join(root, 'public')),
});
const took = `${((performance.now() - started) / 1000).toFixed(1)} s; HTML ${(qualityTimings.html / 1000).toFixed(1)} s waited for, links ${(qualityTimings.links / 1000).toFixed(1)} s`;
if (findings.length === 0) {
  console.log(`Verify passed: HTML, accessibility rules and internal links of every page in dist/ (${took}).`);
  process.exit(0);
}
console.log(formatVerifyReport(findings));
if (process.env.GITHUB_ACTIONS === 'true') for (const line of githubAnnotations(findings)) console.log(line);
console.log(
  `\nVerify found ${findings.length} problem${findings.length === 1 ? '' : 's'} (${took}). They do not stop a deploy; fix them before merging. docs/editors.md ("Post-build checks") explains each kind.`,
);
process.exit(1);
