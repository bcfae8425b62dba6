/**
 * Fixture sites for build tests: a copy of the project's code (everything but its
 * content) with a small content set, in tests/.tmp so node_modules resolves.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const BASE_FIXTURE = join(PROJECT, 'tests/fixtures/base');
const TMP = join(PROJECT, 'tests/.tmp');

let counter = 0;

export interface FixtureOptions {
  /** Files to write, relative to the fixture root (e.g. "src/content/stories/a.md"); null deletes. */
  files?: Record<string, string | Buffer | null>;
  /** Start from this content set instead of tests/fixtures/base. */
  base?: string;
}

/** Creates a fixture site and returns its root. */
export function makeFixture(name: string, options: FixtureOptions = {}): string {
  const root = join(TMP, `${name}-${process.pid}-${++counter}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of ['astro.config.mjs', 'tsconfig.json', '.htmlvalidate.json', 'site.yaml', 'public']) {
    if (existsSync(join(PROJECT, item))) cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  }
  cpSync(join(PROJECT, 'src'), join(root, 'src'), {
    recursive: true,
    filter: (source) => !/^content([/\\]|$)/.test(relative(join(PROJECT, 'src'), source)),
  });
  cpSync(options.base ?? BASE_FIXTURE, root, { recursive: true });
  for (const [path, content] of Object.entries(options.files ?? {})) {
    const target = join(root, path);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return root;
}

export interface BuildResult {
  code: number;
  output: string;
  dist: string;
}

export interface VerifyResult {
  code: number;
  output: string;
}

const FIXED_NOW = String(Date.UTC(2026, 10, 1) / 1000);

/**
 * Runs a script of the project with Node in a fixture, "now" fixed unless the test gives one.
 * Vitest cannot interrupt a synchronous wait: a run that hangs is killed after `timeout` ms.
 */
function runInFixture(root: string, args: string[], env: Record<string, string | undefined>, timeout: number): { code: number; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_NOW, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout,
    killSignal: 'SIGKILL',
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `npm run verify` (scripts/verify.ts) over a fixture's dist/. */
export function verifyFixture(root: string, env: Record<string, string | undefined> = {}): VerifyResult {
  return runInFixture(root, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/verify.ts'), root], { GITHUB_ACTIONS: '', ...env }, 120_000);
}

/**
 * Runs `astro build` in a fixture, with a fixed "now" unless the test gives one. A build
 * that passes is then verified (HTML, accessibility rules, links: `npm run verify`), so
 * every page type of every fixture site is checked as the pull-request workflow checks the
 * real one; a finding throws. A test about findings passes `verify: false` and calls
 * verifyFixture itself.
 */
export function buildFixture(root: string, env: Record<string, string | undefined> = {}, options: { verify?: boolean } = {}): BuildResult {
  // The longest build test allows 240 s.
  const run = runInFixture(root, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], { ASTRO_TELEMETRY_DISABLED: '1', ...env }, 230_000);
  const built = { ...run, dist: join(root, 'dist') };
  if (built.code === 0 && options.verify !== false) {
    const verified = verifyFixture(root, env);
    if (verified.code !== 0) throw new Error(`npm run verify found problems in the fixture site ${root}:\n${verified.output}`);
  }
  return built;
}

/** Every file under a folder, with its path relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** All of dist/ as text, for "is this anywhere in the output" assertions. */
export function allOutputText(dist: string): string {
  return listFiles(dist)
    .map((file) => readFileSync(join(dist, file)).toString('latin1'))
    .join('\n');
}

/** A story file in the contract's shape, with overridable front matter lines. */
export function storyFile(fields: Record<string, string> = {}, body = 'A story body.'): string {
  const defaults: Record<string, string> = {
    title: '"A fixture story"',
    summary: '"A short summary."',
    storyteller: '"M."',
    published: '2026-03-14',
    consent: '\n  recordId: "C-2026-099"\n  given: 2026-02-28\n  scope: [web, search, feeds, podcast]',
  };
  const merged = { ...defaults, ...fields };
  const yaml = Object.entries(merged)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

/** An episode file in the contract's shape. */
export function episodeFile(fields: Record<string, string> = {}, body = 'Show notes.'): string {
  const defaults: Record<string, string> = {
    title: '"Episode 1: Hello"',
    summary: '"A fixture episode."',
    published: '2026-05-02',
    episode: '1',
    audio: '\n  url: "https://media.example.org/ep1.mp3"\n  bytes: 31457280\n  type: audio/mpeg\n  duration: "00:42:10"',
  };
  const merged = { ...defaults, ...fields };
  const yaml = Object.entries(merged)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}
