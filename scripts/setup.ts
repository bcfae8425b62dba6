/**
 * npm run setup [-- --name "…" --url https://… --country GB --podcast|--no-podcast --remove-guides]
 * Turns the demo into a community's own site: writes site.yaml, removes the demo stories,
 * episodes and meetings (the guides too with --remove-guides, the show without a podcast).
 * Asks for what the flags do not give when run in a terminal. Safe to run again; never
 * removes a file an editor wrote or changed (src/lib/setup.ts).
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { SiteSchema } from '../src/schemas/site';
import { loadSiteSettings } from '../src/lib/site-settings';
import { planSetup, sha256, siteYaml, type SetupAnswers } from '../src/lib/setup';

const MANIFEST = join(dirname(fileURLToPath(import.meta.url)), 'demo-content.json');
const root = process.cwd();
const usage = `Usage: npm run setup -- --name "Riverside Recovery" --url https://example.org/ --country US --podcast|--no-podcast [--remove-guides]
  Other flags: --description "…" --tagline "…" --exit-url https://…  (docs/deploy.md, "Make it yours")`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

function contentFiles(): string[] {
  const dir = join(root, 'src/content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      name: { type: 'string' },
      url: { type: 'string' },
      country: { type: 'string' },
      podcast: { type: 'boolean' },
      'no-podcast': { type: 'boolean' },
      'remove-guides': { type: 'boolean' },
      description: { type: 'string' },
      tagline: { type: 'string' },
      'exit-url': { type: 'string' },
      'write-demo-manifest': { type: 'boolean' },
    },
    strict: true,
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}

// For the kit's maintainers: record the demo content as shipped (tests/build/setup.test.ts removes what it lists; refresh it whenever demo content changes).
if (args['write-demo-manifest']) {
  const files = Object.fromEntries(contentFiles().map((path) => [path, sha256(readFileSync(join(root, path)))]));
  writeFileSync(MANIFEST, `${JSON.stringify(files, null, 2)}\n`);
  console.log(`Wrote ${relative(root, MANIFEST)}: ${Object.keys(files).length} demo files.`);
  process.exit(0);
}

const current = loadSiteSettings(root, {}).site;
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(flag: string, question: string, fallback?: string): Promise<string> {
  if (!rl) {
    if (fallback !== undefined) return fallback;
    fail(`--${flag} is missing: ${question.toLowerCase()}`);
  }
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''} `)).trim();
  return answer || fallback || ask(flag, question, fallback);
}

async function askYesNo(question: string, fallback: boolean): Promise<boolean> {
  if (!rl) return fallback;
  const answer = (await rl.question(`${question} [${fallback ? 'Y/n' : 'y/N'}] `)).trim().toLowerCase();
  return answer === '' ? fallback : answer.startsWith('y');
}

const isDemoName = current?.name === 'Shared Path';
const answers: SetupAnswers = {
  name: args.name ?? (await ask('name', 'Community name?', isDemoName ? undefined : current?.name)),
  url: args.url ?? (await ask('url', 'Address of the site (https://…/; a GitHub project page is https://<user>.github.io/<repo>/)?', isDemoName ? undefined : current?.url)),
  helplineCountry: (args.country ?? (await ask('country', 'Country whose crisis lines come first (two letters: US, GB, CA, IE, AU, NZ …)?', current?.helplineCountry))).toUpperCase(),
  podcast: args.podcast ? true : args['no-podcast'] ? false : await askYesNo('Will the community publish a podcast?', existsSync(join(root, 'src/content/podcast.yaml'))),
  removeGuides: args['remove-guides'] ?? false,
  description: args.description ?? (isDemoName ? undefined : current?.description),
  tagline: args.tagline ?? (isDemoName ? undefined : current?.tagline),
  exitUrl: args['exit-url'] ?? current?.exitUrl,
  languages: current?.languages,
};
rl?.close();
if (args.podcast && args['no-podcast']) fail('Give --podcast or --no-podcast, not both.');

// Check the answers as the build will, before anything changes.
const text = siteYaml(answers);
const checked = SiteSchema().safeParse(parseDocument(text).toJS());
if (!checked.success) {
  fail(checked.error.issues.map((i) => `${i.path.join('.') || 'site.yaml'}: ${i.message}`).join('\n'));
}

const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const present = new Map(contentFiles().filter((p) => p in manifest).map((p) => [p, sha256(readFileSync(join(root, p)))]));
const plan = planSetup(manifest, present, answers);

// The show keeps the demo's settings but takes the community's name, until an editor changes it.
const podcastFile = 'src/content/podcast.yaml';
let podcastNote = '';
if (answers.podcast && present.get(podcastFile) === manifest[podcastFile]) {
  const doc = parseDocument(readFileSync(join(root, podcastFile), 'utf8'));
  doc.set('title', answers.name);
  doc.set('author', answers.name);
  doc.setIn(['owner', 'name'], answers.name);
  doc.delete('funding');
  writeFileSync(join(root, podcastFile), doc.toString());
  podcastNote = `\n  ${podcastFile}: named "${answers.name}"; set owner.email, the description and the artwork before the first episode.`;
}

writeFileSync(join(root, 'site.yaml'), text);
for (const path of plan.remove) rmSync(join(root, path));

const kept = plan.changed.length ? `\nKept ${plan.changed.length} demo file(s) that someone has changed (remove them yourself if they are not yours):\n${plan.changed.map((p) => `  ${p}`).join('\n')}` : '';
console.log(`Wrote site.yaml for "${answers.name}" (${answers.url}, crisis lines of ${answers.helplineCountry} first).
Removed ${plan.remove.length} demo file(s)${plan.remove.length ? ':\n' + plan.remove.map((p) => `  ${p}`).join('\n') : '.'}${kept}${podcastNote}
Next:
  - check src/content/helplines.yaml lists your country's crisis lines, verified;
  - add your first story with \`npm run new -- story <slug>\` (docs/editors.md);
  - put the site online: docs/deploy.md.`);
