/**
 * Translations through real builds (#19): the original's consent must allow `translate`,
 * withdrawing the original removes every translation from every output, and a translation's
 * scopes limit its channels. Until pages under /es/ exist, no output publishes a translation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { withdrawnStories } from '../../src/integrations/post-build-gates';
import { inEffect, publishingState } from '../../src/lib/publishing';
import { checkContent } from '../../src/lib/validation/check';
import { PROJECT, allOutputText, buildFixture, listFiles, makeFixture, storyFile, type BuildResult } from '../helpers/fixture';

const TWO_LANGUAGES = readFileSync(join(PROJECT, 'site.yaml'), 'utf8').replace(/^languages: .*$/m, 'languages: [en, es]');
const scoped = (scope: string, extra = '') => `\n  recordId: "C-2026-070"\n  given: 2026-02-01\n  scope: [${scope}]${extra}`;
const guide = (title: string, body: string, extra = '') => `---\ntitle: "${title}"\nsummary: "A guide."\npublished: 2026-01-10\n${extra}---\n\n${body}\n`;
const now = { now: new Date('2026-11-01T00:00:00Z') };

test('a translation of a story without translate in its consent fails the build, naming both files', () => {
  const root = makeFixture('translate-refused', {
    files: {
      'site.yaml': TWO_LANGUAGES,
      'src/content/stories/only-english.md': storyFile({ title: '"Only in English"', consent: scoped('web, search, feeds, podcast') }),
      'src/content/stories/es/solo-ingles.md': storyFile({ title: '"Solo en inglés"', translationOf: 'only-english' }, 'Un texto.'),
    },
  });
  const build = buildFixture(root);
  expect(build.code).not.toBe(0);
  const line = build.output.split('\n').find((l) => l.includes('src/content/stories/es/solo-ingles.md:') && l.includes('translationOf'));
  expect(line, build.output).toBeDefined();
  expect(line).toContain('src/content/stories/only-english.md');
  expect(line).toContain('lacks "translate"');
  expect(listFiles(build.dist).filter((f) => f.endsWith('.html'))).toEqual([]);
}, 180_000);

describe('withdrawal and scopes reach every translation', () => {
  let root: string;
  let build: BuildResult;
  let photo: Buffer;

  beforeAll(async () => {
    // A photo that only the withdrawn original's translation uses.
    photo = await sharp({ create: { width: 72, height: 40, channels: 3, background: '#2e8b57' } }).jpeg().toBuffer();
    root = makeFixture('translations', {
      files: {
        'site.yaml': TWO_LANGUAGES,
        // Withdrawn original; its translation's own consent still allows everything.
        'src/content/stories/taken-back.md': storyFile({ title: '"Taken back entirely"', consent: scoped('web, search, feeds, podcast, translate', '\n  withdrawn: 2026-06-01') }),
        'src/content/stories/es/retirada.md': storyFile(
          {
            title: '"Una historia retirada del todo"',
            translationOf: 'taken-back',
            image: '\n  src: ./retirada.jpg\n  alt: "Un cuadro verde"',
            consent: scoped('web, search, feeds, podcast'),
          },
          'Zarzamorena solo aparece en la traducción retirada.',
        ),
        'src/content/stories/es/retirada.jpg': photo,
        // Original: web, feeds, translate. Translation: web, search, podcast. Both allow web only.
        'src/content/stories/shared-story.md': storyFile({ title: '"A shared story"', consent: scoped('web, feeds, translate') }, 'Glimmerfen is in the original.'),
        'src/content/stories/es/compartida.md': storyFile(
          { title: '"Una historia compartida"', translationOf: 'shared-story', consent: scoped('web, search, podcast') },
          'Quebradizo aparece en la traducción.',
        ),
        // A story first told in Spanish, and a guide's translation.
        'src/content/stories/es/propia.md': storyFile({ title: '"Mi propia historia"' }, 'Almendruco es una palabra propia.'),
        'src/content/guides/first-steps.md': guide('First steps', 'Brackenwold is in the guide.'),
        'src/content/guides/es/primeros-pasos.md': guide('Primeros pasos', 'Cardoncillo está en la guía traducida.', 'translationOf: first-steps\n'),
      },
    });
    build = buildFixture(root);
  }, 180_000);

  test('the build passes; the original pages are there and no page is under a language folder', () => {
    expect(build.code, build.output).toBe(0);
    const files = listFiles(build.dist);
    expect(files).toContain('stories/shared-story/index.html');
    expect(files).toContain('guides/first-steps/index.html');
    expect(files.filter((f) => /(^|\/)es\//.test(f))).toEqual([]);
  });

  test("withdrawing the original leaves no trace of its translation in any output, the loader's store included", () => {
    const text = allOutputText(build.dist);
    for (const trace of ['Zarzamorena', 'Una historia retirada del todo', 'retirada', 'Un cuadro verde', 'Taken back entirely', 'taken-back']) {
      expect(text, trace).not.toContain(trace);
    }
    const sizes = listFiles(build.dist).map((f) => readFileSync(join(build.dist, f)).length);
    expect(sizes).not.toContain(photo.length);
    // The content loader left it out before Astro's data store saw it; the live translation is in.
    const store = readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8');
    expect(store).not.toContain('Zarzamorena');
    expect(store).toContain('Quebradizo');
  });

  test('the withdrawn-story gate counts the translation of a withdrawn original as withdrawn', async () => {
    const withdrawn = await withdrawnStories(root);
    expect(withdrawn.map((s) => [s.slug, s.file, s.imageName])).toEqual([
      ['es/retirada', 'src/content/stories/es/retirada.md', 'retirada'],
      ['taken-back', 'src/content/stories/taken-back.md', undefined],
    ]);
  });

  test("a translation's scopes limit its channels: both consents' intersection, and no output before /es/ pages exist", async () => {
    const { content } = await checkContent(root, { context: now });
    const bySlug = new Map(content.stories.map((s) => [s.slug, s.data]));
    const state = (slug: string) => {
      const effective = inEffect(bySlug.get(slug)!, (id) => bySlug.get(id));
      return effective && publishingState(effective, now);
    };
    expect(state('es/compartida')).toEqual({ inBuild: true, page: true, searchable: false, feeds: false, podcast: false });
    expect(state('es/retirada')).toMatchObject({ inBuild: false, page: false });
    expect(state('es/propia')).toMatchObject({ page: true, searchable: true, feeds: true, podcast: true });
    // The original itself keeps its own channels: a page and feeds, no search.
    const text = allOutputText(build.dist);
    expect(text).toContain('Glimmerfen');
    expect(readFileSync(join(build.dist, 'stories/shared-story/index.html'), 'utf8')).toContain('<meta name="robots" content="noindex"');
    expect(readFileSync(join(build.dist, 'stories/rss.xml'), 'utf8')).toContain('A shared story');
    // No default-language page, listing, feed, sitemap or search index publishes a text in es yet.
    for (const word of ['Quebradizo', 'Una historia compartida', 'Almendruco', 'Mi propia historia', 'Cardoncillo', 'Primeros pasos', 'compartida', 'primeros-pasos']) {
      expect(text, word).not.toContain(word);
    }
  });
});
