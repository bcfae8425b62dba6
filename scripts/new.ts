/**
 * npm run new -- story|episode|guide <slug>
 * Writes src/content/<kind>/<slug>.md with every field and a comment for each. Never
 * overwrites: an existing story is someone's words and consent record.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildNow } from '../src/lib/dates';
import { SCAFFOLD_KINDS, scaffold, scaffoldPath, slugProblem, type ScaffoldKind } from '../src/lib/scaffold';

const [kind, slug = '', ...rest] = process.argv.slice(2);
const root = process.cwd();
const usage = 'Usage: npm run new -- story|episode|guide <slug>\n  e.g. npm run new -- story learning-to-ask-for-help';

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

if (!kind || !SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) fail(`First say what to create: story, episode or guide${kind ? ` (not "${kind}")` : ''}.`);
if (rest.length > 0) fail(`Only one slug, please (got "${[slug, ...rest].join(' ')}"); join words with hyphens.`);
const problem = slugProblem(slug);
if (problem) fail(`Cannot use that name: ${problem}.`);

const path = scaffoldPath(kind as ScaffoldKind, slug);
for (const existing of [path, path.replace(/\.md$/, '.mdx')]) {
  if (existsSync(join(root, existing))) fail(`${existing} already exists; nothing was written. Choose another slug, or edit that file.`);
}
const absolute = join(root, path);
mkdirSync(dirname(absolute), { recursive: true });
// 'wx' fails rather than overwrite, even if the file appeared since the check above.
writeFileSync(absolute, scaffold(kind as ScaffoldKind, buildNow()), { flag: 'wx' });
console.log(`Created ${path}
Next: open it, replace every TODO (the comment above each field says what it takes),
then run \`npm run check\` until it reports no errors. docs/editors.md has the details.`);
