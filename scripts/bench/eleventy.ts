/**
 * The baseline: Eleventy 3 rendering the same Markdown stories as bare pages (one minimal
 * layout, nothing else). Installed on first use into bench/.tmp/eleventy (from the npm
 * registry) and kept there for later runs; never a dependency of the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type Measured } from './proc';
import type { GeneratedStory } from './stories';

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title><meta name="description" content="{{ summary }}"></head>
<body><main><article><h1>{{ title }}</h1><p>{{ storyteller }}</p>{{ content | safe }}</article></main></body>
</html>
`;

/** Path of Eleventy's command line, installing Eleventy 3 first if needed. */
export function ensureEleventy(dir: string): string {
  const cli = join(dir, 'node_modules/@11ty/eleventy/cmd.cjs');
  const manifest = join(dir, 'node_modules/@11ty/eleventy/package.json');
  if (existsSync(cli) && /"version":\s*"3\./.test(readFileSync(manifest, 'utf8'))) return cli;
  mkdirSync(dir, { recursive: true });
  // Its own package.json, so npm installs here and not into the project.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-eleventy-baseline', private: true }, null, 2));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '@11ty/eleventy@3', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(cli)) {
    throw new Error(`could not install @11ty/eleventy@3 into ${dir}: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
  }
  return cli;
}

/** Writes the stories as an Eleventy input folder (the same Markdown files, one bare layout). */
export function writeEleventySite(siteDir: string, stories: readonly GeneratedStory[]): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'stories'), { recursive: true });
  mkdirSync(join(siteDir, '_includes'), { recursive: true });
  writeFileSync(join(siteDir, '_includes/story.njk'), LAYOUT);
  writeFileSync(join(siteDir, 'stories/stories.11tydata.json'), JSON.stringify({ layout: 'story.njk' }));
  for (const story of stories) writeFileSync(join(siteDir, 'stories', `${story.slug}.md`), story.markdown);
}

/** A cold Eleventy build of the stories, timed the same way as the Astro build. */
export async function runEleventyBaseline(dir: string, stories: readonly GeneratedStory[], logFile: string): Promise<Measured> {
  const cli = ensureEleventy(dir);
  const site = join(dir, 'site');
  writeEleventySite(site, stories);
  return runMeasured(process.execPath, [cli, '--input=site', '--output=site/_site', '--quiet'], { cwd: dir, logFile });
}
