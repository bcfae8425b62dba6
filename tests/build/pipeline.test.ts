/**
 * The content pipeline end to end: real `astro build`s of small fixture sites, read
 * back from dist/. Consent, schedule and the refusal of bad content.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { allOutputText, buildFixture, episodeFile, listFiles, makeFixture, storyFile, type BuildResult } from '../helpers/fixture';

const epoch = (iso: string) => String(Date.parse(`${iso}T00:00:00Z`) / 1000);
const scoped = (scope: string, extra = '') => `\n  recordId: "C-2026-050"\n  given: 2026-02-01\n  scope: [${scope}]${extra}`;
const page = (dist: string, path: string) => join(dist, path, 'index.html');

describe('what consent, drafts and schedule let into dist/', () => {
  let root: string;
  let first: BuildResult;
  let withdrawnPhoto: Buffer;

  beforeAll(async () => {
    // A photo that only the withdrawn story uses: it must not be emitted at all.
    withdrawnPhoto = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a0522d' } }).jpeg().toBuffer();
    root = makeFixture('consent', {
      files: {
        'src/content/stories/open-story.md': storyFile({ title: '"Open story"', consent: scoped('web, search, feeds, podcast') }, 'Quartzlight is my word.'),
        'src/content/stories/web-only.md': storyFile({ title: '"Web only"', consent: scoped('web') }, 'Marrowind appears here.'),
        'src/content/stories/no-web.md': storyFile({ title: '"Podcast only"', consent: scoped('podcast') }, 'Fernhollow appears here.'),
        'src/content/stories/gone-story.md': storyFile(
          { title: '"Zephyrine withdrawn tale"', image: '\n  src: ./gone.jpg\n  alt: "A brown square"', consent: scoped('web, search, feeds, podcast', '\n  withdrawn: 2026-06-01') },
          'Velvetmoss is only in the withdrawn story.',
        ),
        'src/content/stories/gone.jpg': withdrawnPhoto,
        'src/content/stories/draft-story.md': storyFile({ title: '"Draft story"', draft: 'true' }, 'Draftwillow appears here.'),
        'src/content/stories/later-story.md': storyFile({ title: '"Later story"', published: '2026-12-01', consent: scoped('web, search') }, 'Springtarn appears here.'),
        // 401 words: 3 minutes at 200 a minute.
        'src/content/stories/long-story.md': storyFile({ title: '"Long story"' }, `A **Brightwater** story. ${'word '.repeat(398)}`),
      },
    });
    first = buildFixture(root, { SOURCE_DATE_EPOCH: epoch('2026-11-01') });
  }, 180_000);

  test('the build succeeds', () => {
    expect(first.code, first.output).toBe(0);
  });

  test('the same content and SOURCE_DATE_EPOCH build the same bytes, from cold caches too', () => {
    // Astro renders two pages at a time, so anything that reads dist/ in the order files
    // were written (such as the merged CSP in _headers) must sort first.
    const snapshot = (dist: string) => new Map(listFiles(dist).map((f) => [f, readFileSync(join(dist, f)).toString('base64')]));
    const before = snapshot(first.dist);
    rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
    const again = buildFixture(root, { SOURCE_DATE_EPOCH: epoch('2026-11-01') });
    expect(again.code, again.output).toBe(0);
    const after = snapshot(again.dist);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(after.get(file) === bytes, file).toBe(true);
  }, 180_000);

  test('a story with web consent has a page; search consent decides noindex', () => {
    const open = readFileSync(page(first.dist, 'stories/open-story'), 'utf8');
    expect(open).toContain('Quartzlight');
    expect(open).not.toContain('name="robots"');
    const webOnly = readFileSync(page(first.dist, 'stories/web-only'), 'utf8');
    expect(webOnly).toContain('<meta name="robots" content="noindex">');
  });

  test("reading time comes from the story's words, though Astro's data store no longer keeps its Markdown", () => {
    expect(readFileSync(page(first.dist, 'stories/long-story'), 'utf8')).toMatch(/class="facts"[^]*?3 min read/);
    expect(readFileSync(page(first.dist, 'stories'), 'utf8')).toMatch(/Long story[^]*?3 min read/);
    const store = readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8').replaceAll('\\u003C', '<');
    expect(store).toContain('<strong>Brightwater</strong>');
    expect(store).not.toContain('**Brightwater**');
  });

  test('a story without web consent has no page and is not linked', () => {
    expect(existsSync(page(first.dist, 'stories/no-web'))).toBe(false);
    expect(allOutputText(first.dist)).not.toContain('Fernhollow');
    expect(allOutputText(first.dist)).not.toContain('/stories/no-web/');
  });

  test('a withdrawn story leaves no trace: no page, text, title, slug or image', () => {
    const everything = allOutputText(first.dist);
    expect(existsSync(page(first.dist, 'stories/gone-story'))).toBe(false);
    for (const trace of ['Velvetmoss', 'Zephyrine', 'gone-story', 'A brown square']) expect(everything).not.toContain(trace);
    expect(listFiles(first.dist).filter((f) => /gone/i.test(f))).toEqual([]);
    const sizes = listFiles(first.dist).map((f) => readFileSync(join(first.dist, f)).length);
    expect(sizes).not.toContain(withdrawnPhoto.length);
  });

  test('drafts and scheduled stories are not built', () => {
    expect(existsSync(page(first.dist, 'stories/draft-story'))).toBe(false);
    expect(existsSync(page(first.dist, 'stories/later-story'))).toBe(false);
    const everything = allOutputText(first.dist);
    expect(everything).not.toContain('Draftwillow');
    expect(everything).not.toContain('Springtarn');
  });

  test('SOURCE_DATE_EPOCH decides whether a scheduled story is built', () => {
    // Same fixture, same content cache: only "now" changes.
    const later = buildFixture(root, { SOURCE_DATE_EPOCH: epoch('2026-12-01') });
    expect(later.code, later.output).toBe(0);
    expect(readFileSync(page(later.dist, 'stories/later-story'), 'utf8')).toContain('Springtarn');
    const earlier = buildFixture(root, { SOURCE_DATE_EPOCH: epoch('2026-11-30') });
    expect(earlier.code, earlier.output).toBe(0);
    expect(existsSync(page(earlier.dist, 'stories/later-story'))).toBe(false);
  }, 180_000);
});

describe('addresses', () => {
  test('a story named "2" has /stories/2/, beside page 2 of the list at /stories/page/2/', () => {
    const stories = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`src/content/stories/story-${i}.md`, storyFile({ title: `"Story number ${i}"`, published: `2026-03-${String(10 + i).padStart(2, '0')}` })]),
    );
    const root = makeFixture('addresses', { files: { ...stories, 'src/content/stories/2.md': storyFile({ title: '"Two years on"' }) } });
    const { code, output, dist } = buildFixture(root);
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/Could not render|conflicts with/);
    expect(readFileSync(page(dist, 'stories/2'), 'utf8')).toContain('<h1>Two years on</h1>');
    const second = readFileSync(page(dist, 'stories/page/2'), 'utf8');
    expect(second).toContain('Stories, page 2');
    // Its links to the pages before it: the list itself, which links on to page 2.
    expect(second).toContain('href="/stories/" rel="prev"');
    expect(readFileSync(page(dist, 'stories'), 'utf8')).toContain('href="/stories/page/2/" rel="next"');
  }, 180_000);
});

describe('the build refuses bad content, naming file, field and fix', () => {
  test('anonymous stories with a phone number, an international number or an email fail, masked', () => {
    const root = makeFixture('anon', {
      files: {
        'src/content/stories/us-phone.md': storyFile({}, 'Call me on (312) 555-0199 tonight.'),
        'src/content/stories/uk-phone.md': storyFile({}, 'My number is +44 20 7946 0958.'),
        'src/content/stories/email.md': storyFile({}, 'Write to name@example.com.'),
      },
    });
    const result = buildFixture(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('src/content/stories/us-phone.md:12');
    expect(result.output).toContain('(3**) ***-**99');
    expect(result.output).toContain('src/content/stories/uk-phone.md:12');
    expect(result.output).toContain('+4* ** **** **58');
    expect(result.output).toContain('src/content/stories/email.md:12');
    expect(result.output).toContain('n***@***');
    for (const full of ['555-0199', '7946 0958', 'name@example.com']) expect(result.output).not.toContain(full);
    expect(existsSync(join(result.dist, 'index.html'))).toBe(false);
  });

  test('an impossible date fails the build', () => {
    const result = buildFixture(makeFixture('date', { files: { 'src/content/stories/first-light.md': storyFile({ published: '2026-02-30' }) } }));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/src\/content\/stories\/first-light\.md:5 +published: "2026-02-30" is not a real day/);
  });

  test('an episode telling a story without podcast consent fails, naming both files', () => {
    const result = buildFixture(
      makeFixture('podcast-consent', {
        files: {
          'src/content/stories/private.md': storyFile({ consent: scoped('web, search, feeds') }),
          'src/content/episodes/ep1.md': episodeFile({ stories: '[private]' }),
        },
      }),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/src\/content\/episodes\/ep1\.md:\d+ +stories: .*src\/content\/stories\/private\.md.*no podcast consent/);
  });

  test('two defects in one content set are both reported in one run', () => {
    const result = buildFixture(
      makeFixture('two-defects', {
        files: {
          'src/content/stories/a.md': storyFile({ published: '2026-13-45' }),
          'src/content/stories/b.md': storyFile({ contentWarnings: '[spoilers]' }),
        },
      }),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('2 errors:');
    expect(result.output).toMatch(/src\/content\/stories\/a\.md:5 +published/);
    expect(result.output).toMatch(/src\/content\/stories\/b\.md:\d+ +contentWarnings\.0: must be one of: substance-use/);
  });
});
