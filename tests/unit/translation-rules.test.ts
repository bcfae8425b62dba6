/**
 * The content checks for languages and translations (shared/CONTENT_MODEL.md, "More than one
 * language"), over small content sets on disk exactly as the build checks them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/validation/check';
import { formatReport } from '../../src/lib/validation/issues';
import { PROJECT, makeFixture, storyFile } from '../helpers/fixture';

const context = { now: new Date('2026-11-01T00:00:00Z') };
const ORIGINAL = 'src/content/stories/x.md';
const TRANSLATION = 'src/content/stories/es/x-es.md';
const GUIDE = 'src/content/guides/g.md';
const TWO_LANGUAGES = readFileSync(join(PROJECT, 'site.yaml'), 'utf8').replace(/^languages: .*$/m, 'languages: [en, es]');

const scope = (list: string, extra = '') => `\n  recordId: "C-2026-099"\n  given: 2026-02-28\n  scope: [${list}]${extra}`;
const translation = (fields: Record<string, string> = {}) =>
  storyFile({ title: '"Aprender a pedir ayuda"', summary: '"Dos años después."', translationOf: 'x', consent: scope('web, search, feeds'), ...fields }, 'Un texto.');
const guide = (fields: Record<string, string> = {}) =>
  `---\ntitle: "A guide"\nsummary: "What it is."\npublished: 2026-01-10\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}\n`).join('')}---\n\nGuide text.\n`;

async function check(files: Record<string, string | null>, site = TWO_LANGUAGES) {
  const root = makeFixture('translations', { files: { 'site.yaml': site, ...files } });
  const result = await checkContent(root, { context });
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  return { ...result, errors, warnings, report: formatReport(result.issues) };
}

test('a translation of a story whose consent allows translate passes; the one warning says nothing checked its wording', async () => {
  const good = await check({ [ORIGINAL]: storyFile({ consent: scope('web, search, feeds, podcast, translate') }), [TRANSLATION]: translation() });
  expect(good.errors).toEqual([]);
  expect(good.warnings).toMatchObject([{ file: TRANSLATION, line: 1, message: expect.stringMatching(/^safe messaging: nothing checked the wording.*English only.*in es/) }]);
  expect(good.content.stories.map((s) => [s.slug, s.data.translationOf])).toEqual([
    ['es/x-es', 'x'],
    ['first-light', undefined],
    ['x', undefined],
  ]);
});

test('a translation without translate on the original is an error naming both files', async () => {
  const bad = await check({ [ORIGINAL]: storyFile({ consent: scope('web, search, feeds, podcast') }), [TRANSLATION]: translation() });
  expect(bad.errors).toMatchObject([{ file: TRANSLATION, field: 'translationOf', line: 10 }]);
  expect(bad.errors[0]!.message).toContain(ORIGINAL);
  expect(bad.errors[0]!.message).toContain(TRANSLATION);
  expect(bad.errors[0]!.message).toMatch(/lacks "translate"/);
});

test('withdrawing the original, or the translation, always builds: neither is then published', async () => {
  const withdrawn = scope('web, podcast', '\n  withdrawn: 2026-06-01');
  expect((await check({ [ORIGINAL]: storyFile({ consent: withdrawn }), [TRANSLATION]: translation() })).errors).toEqual([]);
  expect((await check({ [ORIGINAL]: storyFile({ consent: scope('web') }), [TRANSLATION]: translation({ consent: withdrawn }) })).errors).toEqual([]);
});

test('translationOf must name a default-language entry of the same collection: both files named', async () => {
  const missing = await check({ [TRANSLATION]: translation({ translationOf: 'nowhere' }) });
  expect(missing.errors).toMatchObject([{ file: TRANSLATION, field: 'translationOf', message: expect.stringContaining('no src/content/stories/nowhere.md or .mdx exists') }]);
  const aGuide = await check({ [GUIDE]: guide(), [TRANSLATION]: translation({ translationOf: 'g' }) });
  expect(aGuide.errors).toMatchObject([{ file: TRANSLATION, message: expect.stringContaining(`${GUIDE} is a guide; a story translates a story`) }]);
  const another = await check({
    [ORIGINAL]: storyFile({ consent: scope('web, translate') }),
    'src/content/stories/es/otra.md': translation({ title: '"Otra"' }),
    [TRANSLATION]: translation({ translationOf: 'es/otra' }),
  });
  expect(another.errors).toMatchObject([{ file: TRANSLATION, field: 'translationOf', message: expect.stringMatching(/names src\/content\/stories\/es\/otra\.md, which is in es, not the default language \(en\)/) }]);
});

test('a translated story needs its own consent block; translationOf only in a language folder; one translation per language', async () => {
  const noConsent = await check({ [ORIGINAL]: storyFile({ consent: scope('web, translate') }), [TRANSLATION]: translation({ consent: '' }) });
  expect(noConsent.errors).toMatchObject([{ file: TRANSLATION, field: 'consent', message: expect.stringMatching(/required/) }]);
  const inDefault = await check({ [ORIGINAL]: storyFile({ consent: scope('web, translate') }), 'src/content/stories/y.md': translation() });
  expect(inDefault.errors).toMatchObject([{ file: 'src/content/stories/y.md', field: 'translationOf', message: expect.stringMatching(/only a story in a language folder/) }]);
  const twice = await check({ [ORIGINAL]: storyFile({ consent: scope('web, translate') }), 'src/content/stories/es/a.md': translation(), 'src/content/stories/es/b.md': translation() });
  expect(twice.errors).toMatchObject([{ file: 'src/content/stories/es/b.md', message: expect.stringContaining('already has a es translation, src/content/stories/es/a.md') }]);
});

test('a guide translation needs no consent, only its original', async () => {
  const good = await check({ [GUIDE]: guide(), 'src/content/guides/es/g.md': guide({ translationOf: 'g' }) });
  expect(good.errors).toEqual([]);
  const bad = await check({ 'src/content/guides/es/g.md': guide({ translationOf: 'missing' }) });
  expect(bad.errors).toMatchObject([{ file: 'src/content/guides/es/g.md', field: 'translationOf', message: expect.stringContaining('no src/content/guides/missing.md') }]);
});

test('a folder that is not one of the site languages is an error naming the file and both ways out', async () => {
  const bad = await check({ 'src/content/stories/fr/x.md': storyFile(), 'src/content/stories/en/y.md': storyFile(), 'src/content/guides/es/a/b.md': guide() });
  expect(bad.errors.map((e) => [e.file, e.message.slice(0, 40)])).toEqual([
    ['src/content/stories/en/y.md', 'is in the folder "en", but en is the sit'],
    ['src/content/stories/fr/x.md', 'is in the folder "fr", which is not one '],
    ['src/content/guides/es/a/b.md', 'is in the folder "es/a"; a guide lives d'],
  ]);
  expect(bad.errors[1]!.message).toMatch(/add "fr" to languages in site\.yaml, or move the file to src\/content\/stories\//);
  // With one language, es/ is no language either.
  const single = await check({ [TRANSLATION]: translation() }, TWO_LANGUAGES.replace('languages: [en, es]', 'languages: [en]'));
  expect(single.errors).toMatchObject([{ file: TRANSLATION, message: expect.stringMatching(/"es", which is not one of the site's languages \(site\.yaml languages: \[en\]\)/) }]);
});

test('the anonymity check runs on a translation like any story, masked', async () => {
  const bad = await check({ [ORIGINAL]: storyFile({ consent: scope('web, translate') }), [TRANSLATION]: translation().replace('Un texto.', 'Escríbeme a nombre@example.com o llama al +1 312 555 0199.') });
  expect(bad.errors.map((e) => [e.file, e.field, e.message.slice(0, 30)])).toEqual([
    [TRANSLATION, 'body', 'contains an email address (n**'],
    [TRANSLATION, 'body', 'contains a phone number (+1 **'],
  ]);
  expect(bad.report).not.toContain('nombre@example.com');
});

test('topics.yaml translations and helpline languages are accepted', async () => {
  const topics = '- id: alcohol\n  name: Alcohol\n  description: Living free of alcohol.\n  translations:\n    es: { name: Alcohol, description: Vivir sin alcohol. }\n- id: family\n  name: Family\n  description: Family.\n';
  const base = readFileSync(join(PROJECT, 'tests/fixtures/base/src/content/helplines.yaml'), 'utf8');
  const helplines = base.replace(/^(- id: .*)$/m, '$1\n  languages: [es]');
  const good = await check({ 'src/content/topics.yaml': topics, 'src/content/helplines.yaml': helplines });
  expect(good.errors).toEqual([]);
  expect(good.content.topics[0]!.translations).toEqual({ es: { name: 'Alcohol', description: 'Vivir sin alcohol.' } });
  expect(good.content.helplines[0]!.languages).toEqual(['es']);
  const bad = await check({ 'src/content/topics.yaml': topics.replace('es: { name: Alcohol,', 'es: { name: "",') });
  expect(bad.errors.filter((e) => e.file === 'src/content/topics.yaml')).toMatchObject([{ field: 'translations.es.name', line: 5 }]);
});

test("an episode may tell a translation only with both consents: withdrawn with its original", async () => {
  const episode = (stories: string) =>
    `---\ntitle: "Episode 1: Hello"\nsummary: "A fixture episode."\npublished: 2026-05-02\nepisode: 1\naudio:\n  url: "https://media.example.org/ep1.mp3"\n  bytes: 31457280\n  type: audio/mpeg\n  duration: "00:42:10"\ntranscript: ./ep.vtt\nstories: [${stories}]\n---\n\nShow notes.\n`;
  const files = (originalScope: string) => ({
    [ORIGINAL]: storyFile({ consent: originalScope }),
    [TRANSLATION]: translation({ consent: scope('web, podcast') }),
    'src/content/episodes/ep.md': episode('es/x-es'),
    'src/content/episodes/ep.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello.\n',
  });
  expect((await check(files(scope('web, podcast, translate')))).errors).toEqual([]);
  const gone = await check(files(scope('web, podcast, translate', '\n  withdrawn: 2026-06-01')));
  expect(gone.errors).toMatchObject([{ file: 'src/content/episodes/ep.md', field: 'stories', message: expect.stringContaining(`(${TRANSLATION}) has withdrawn consent, through the story it translates`) }]);
  const noPodcast = await check(files(scope('web, translate')));
  expect(noPodcast.errors).toMatchObject([{ file: 'src/content/episodes/ep.md', field: 'stories', message: expect.stringContaining('has no podcast consent') }]);
});
