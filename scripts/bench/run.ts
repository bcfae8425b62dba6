/**
 * `npm run bench`: generates N stories in a copy of the project (bench/.tmp/site), runs
 * the production build cold, unchanged, after a one-story edit and after withdrawing one
 * story, times `npm run verify` cold and again, measures search downloads and the bare
 * Astro and Eleventy baselines, and reports every figure next to its target.
 * A measurement, not a test: it exits 0 unless a build fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, type BenchOptions } from './args';
import { runBareAstroBaseline } from './astro-baseline';
import { runEleventyBaseline } from './eleventy';
import { parseBuildPhases, parseGateMs, parsePagefindMs, parseRouteTimes, summariseRoutes } from './log';
import { runMeasured, type Measured } from './proc';
import { formatReport, type BenchResult, type BuildFigures } from './report';
import { measureSearchBytes } from './search';
import { clearBuildState, countPages, editOneStory, prepareSite, withdrawOneStory, type BenchSite } from './site';
import { findTraces } from './traces';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = join(PROJECT, 'bench/.tmp');
const SITE_ROOT = join(TMP, 'site');
const LOGS = join(TMP, 'logs');
// A fixed "now" (2026-11-01), so every run publishes the same stories.
const NOW = new Date(Date.UTC(2026, 10, 1));
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

class BuildFailed extends Error {}

/** Builds that failed under --keep-going; the run then exits 1 after its report. */
const failures: string[] = [];
let keepGoing = false;

async function build(site: BenchSite, label: string): Promise<Measured & { pages: number }> {
  // As `npm run build` does: with the project's build.env (a copied older branch may lack it).
  const envFile = existsSync(join(site.root, 'build.env')) ? ['--env-file=build.env'] : [];
  const run = await runMeasured(process.execPath, [...envFile, ASTRO, 'build'], {
    cwd: site.root,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000), ASTRO_TELEMETRY_DISABLED: '1' },
    logFile: join(LOGS, `${label}.log`),
  });
  if (run.code !== 0) {
    const measured = `after ${(run.ms / 1000).toFixed(1)} s, peak memory ${Math.round(run.peakRssBytes / 1024 ** 2)} MB`;
    if (keepGoing && existsSync(join(site.root, 'dist'))) {
      // A post-build gate failing on a branch's own pages should not hide its timings.
      failures.push(`${label} (exit ${run.code}, see ${join(LOGS, `${label}.log`)})`);
      progress(`${label} FAILED (exit ${run.code}) ${measured}; measuring on (--keep-going)`);
    } else throw new BuildFailed(`The ${label} build failed (exit ${run.code}) ${measured}; log: ${join(LOGS, `${label}.log`)}\n\n${run.log.split('\n').slice(-40).join('\n')}`);
  }
  const pages = countPages(join(site.root, 'dist'));
  progress(`${label}: ${(run.ms / 1000).toFixed(1)} s (CPU ${((run.cpuMs ?? 0) / 1000).toFixed(1)} s), ${pages} pages, peak ${Math.round(run.peakRssBytes / 1024 ** 2)} MB`);
  return { ...run, pages };
}

const figures = (run: Measured & { pages: number }): BuildFigures => ({ ms: run.ms, cpuMs: run.cpuMs, peakRssBytes: run.peakRssBytes, peakAt: run.peakAt, pages: run.pages });

async function prepare(options: BenchOptions, count: number): Promise<BenchSite> {
  progress(`generating ${count} stories in ${SITE_ROOT}`);
  return prepareSite({ project: resolve(options.source ?? PROJECT), root: SITE_ROOT, count, seed: options.seed, now: NOW });
}

/** The content checks the build runs first, timed in-process with the copy's own code. */
async function timeContentChecks(root: string): Promise<number | undefined> {
  const module = join(root, 'src/lib/validation/check.ts');
  if (!existsSync(module)) return undefined;
  const { checkContent } = (await import(pathToFileURL(module).href)) as typeof import('../../src/lib/validation/check');
  const started = performance.now();
  const { issues } = await checkContent(root, { context: { now: NOW } });
  const ms = performance.now() - started;
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) progress(`content checks found ${errors.length} errors in generated content, e.g. ${errors[0]!.file}: ${errors[0]!.message}`);
  return ms;
}

/** `npm run verify` over the site's dist/, timed (it exits 1 on findings, which are counted). */
async function verify(site: BenchSite, label: string): Promise<{ ms: number; cpuMs: number | undefined; findings: number }> {
  const run = await runMeasured(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/verify.ts'), site.root], {
    cwd: site.root,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000), GITHUB_ACTIONS: '' },
    logFile: join(LOGS, `${label}.log`),
  });
  const findings = Number(/Verify found (\d+) problem/.exec(run.log)?.[1] ?? (run.code === 0 ? 0 : NaN));
  progress(`${label}: ${(run.ms / 1000).toFixed(1)} s (CPU ${((run.cpuMs ?? 0) / 1000).toFixed(1)} s), ${Number.isNaN(findings) ? `exit ${run.code}, see the log` : `${findings} findings`}`);
  return { ms: run.ms, cpuMs: run.cpuMs, findings };
}

async function coldBuild(site: BenchSite, label: string) {
  clearBuildState(site.root);
  return build(site, label);
}

function machine(): BenchResult['machine'] {
  const node = execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim();
  return { nproc: availableParallelism(), memTotalBytes: totalmem(), node, cpu: cpus()[0]?.model.trim() ?? 'unknown', platform: `${process.platform} ${process.arch}`, loadAverage: loadavg()[0] ?? 0 };
}

function commit(dir: string): string | undefined {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'public'], { cwd: dir, encoding: 'utf8' }).trim();
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  mkdirSync(LOGS, { recursive: true });
  keepGoing = options.keepGoing;
  const n = options.stories;
  const host = machine();
  // The code's commit now, as it is copied: the checkout may move on while the bench runs.
  const measuredCommit = commit(resolve(options.source ?? PROJECT));

  const site = await prepare(options, n);
  const contentChecksMs = await timeContentChecks(site.root);
  const cold = await coldBuild(site, `cold-${n}`);
  // Right after the cold build, which cleared node_modules/.astro: html-validate's cache is empty.
  const verifyCold = options.verify ? await verify(site, `verify-cold-${n}`) : undefined;
  const noChange = options.coldOnly ? undefined : await build(site, `no-change-${n}`);
  if (!options.coldOnly) editOneStory(site);
  const oneEdit = options.coldOnly ? undefined : await build(site, `one-edit-${n}`);
  const verifyRepeat = options.verify && !options.coldOnly ? await verify(site, `verify-after-edit-${n}`) : undefined;
  let withdrawal: BenchResult['withdrawal'];
  if (!options.coldOnly) {
    withdrawOneStory(site, new Date(NOW.getTime() - 86_400_000));
    const run = await build(site, `withdrawal-${n}`);
    // The build's own withdrawn-trace gate has passed (or the build failed above); this looks
    // again, independently, for the story's page, slug and title in every output file.
    const story = site.stories.find((s) => s.slug === site.withdrawTarget.slug)!;
    const title = JSON.parse(/^title: (.*)$/m.exec(story.markdown)?.[1] ?? '""') as string;
    const traces = findTraces(join(site.root, 'dist'), story.slug, title);
    progress(traces.length ? `withdrawn story ${story.slug} left traces: ${traces.slice(0, 5).join(', ')}` : `withdrawn story ${story.slug}: no trace in dist/`);
    withdrawal = { ...figures(run), slug: story.slug, traces };
  }

  let search: BenchResult['search'];
  if (options.search) {
    progress('measuring search downloads');
    search = await measureSearchBytes(join(site.root, 'dist'), options.queries).catch((error: Error) => ({ error: error.message.split('\n')[0]! }));
  }

  let eleventy: BenchResult['eleventy'];
  if (options.eleventy) {
    progress('Eleventy 3 baseline (installed into bench/.tmp/eleventy on first use)');
    try {
      const run = await runEleventyBaseline(join(TMP, 'eleventy'), site.stories, join(LOGS, `eleventy-${n}.log`));
      const pages = countPages(join(TMP, 'eleventy/site/_site'));
      eleventy = run.code === 0 ? { ms: run.ms, cpuMs: run.cpuMs, pages } : { error: `Eleventy exited ${run.code}; see bench/.tmp/logs/eleventy-${n}.log` };
      if ('ms' in eleventy) progress(`eleventy: ${(run.ms / 1000).toFixed(1)} s, ${pages} pages`);
    } catch (error) {
      eleventy = { error: (error as Error).message };
    }
  }

  let astroBaseline: BenchResult['astroBaseline'];
  if (options.astroBaseline) {
    progress('bare Astro 7 + Pagefind baseline');
    const run = await runBareAstroBaseline(join(TMP, 'astro-baseline'), site.stories, ASTRO, join(LOGS, `astro-baseline-${n}.log`));
    const pages = countPages(join(TMP, 'astro-baseline/dist'));
    const indexed = existsSync(join(TMP, 'astro-baseline/dist/pagefind/pagefind-entry.json'));
    astroBaseline =
      run.code !== 0
        ? { error: `the bare Astro build exited ${run.code}; see bench/.tmp/logs/astro-baseline-${n}.log` }
        : indexed
          ? { ms: run.ms, cpuMs: run.cpuMs, pages, phases: parseBuildPhases(run.log), pagefindMs: parsePagefindMs(run.log) }
          : { error: 'the bare Astro build wrote no Pagefind index' };
    if ('ms' in astroBaseline) progress(`bare Astro: ${(run.ms / 1000).toFixed(1)} s, ${pages} pages`);
    rmSync(join(TMP, 'astro-baseline'), { recursive: true, force: true });
  }

  let linearity: BenchResult['linearity'];
  if (options.linearity) {
    const timeAt = async (count: number) => {
      const run = count === n ? cold : await coldBuild(await prepare(options, count), `cold-${count}`);
      return { stories: count, ms: run.ms, cpuMs: run.cpuMs };
    };
    linearity = { small: await timeAt(1000), large: await timeAt(4000) };
  }

  const result: BenchResult = {
    machine: host,
    commit: measuredCommit,
    stories: n,
    seed: options.seed,
    markdownBytes: site.markdownBytes,
    images: site.images,
    contentChecksMs,
    cold: {
      ...figures(cold),
      pagesPerSecond: cold.pages / (cold.ms / 1000),
      pagefindMs: parsePagefindMs(cold.log),
      phases: parseBuildPhases(cold.log),
      gates: parseGateMs(cold.log),
      routes: summariseRoutes(parseRouteTimes(cold.log)),
    },
    noChange: noChange && figures(noChange),
    oneEdit: oneEdit && figures(oneEdit),
    withdrawal,
    verify: verifyCold && { cold: verifyCold, repeat: verifyRepeat },
    eleventy,
    astroBaseline,
    search,
    linearity,
  };
  // Kept for comparing runs; the printed report is the same data.
  writeFileSync(join(LOGS, `result-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `\n${formatReport(result)}\n`);
  if (!options.keep) rmSync(SITE_ROOT, { recursive: true, force: true });
  if (failures.length) {
    process.stderr.write(`\nThese builds FAILED; their figures are up to the failure: ${failures.join('; ')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error instanceof BuildFailed ? error.message : error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
