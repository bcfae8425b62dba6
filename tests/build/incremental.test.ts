import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { allOutputText, buildFixture, listFiles, makeFixture, storyFile } from '../helpers/fixture';

const square = (background: string) => sharp({ create: { width: 16, height: 16, channels: 3, background } }).jpeg().toBuffer();
const story = (title: string, published: string, body: string, extra: Record<string, string> = {}) =>
  storyFile({ title: `"${title}"`, published, topics: '[alcohol]', paths: '[twelve-step]', ...extra }, body);
const page = (dist: string, slug: string) => readFileSync(join(dist, `stories/${slug}/index.html`), 'utf8');
/** Whether Astro's incremental build copied the page from its cache instead of rendering it. */
const reused = (output: string, slug: string) => new RegExp(`/stories/${slug}/index\\.html[^\\n]*\\((cached|restored)\\)`).test(output);

// Astro's incremental build copies a story page from its cache when its key is unchanged
// (src/lib/page-cache.ts). A wrong key would publish stale text, or a withdrawn story.
describe('incremental build', () => {
  it('reuses unchanged story pages and renders again every page whose text, photo or related stories changed', async () => {
    const root = makeFixture('incremental', {
      files: {
        'src/content/stories/north-road.md': story('North road', '2026-05-01', 'Walking the north road at dawn.'),
        'src/content/stories/south-gate.md': story('South gate', '2026-04-01', 'The south gate creaked open.'),
        // Related only to stories whose cards do not change: only its photo's bytes will.
        'src/content/stories/east-pier.md': storyFile({ title: '"East pier"', topics: '[family]', image: '\n  src: ./east-pier.jpg\n  alt: "A green square"' }, 'The pier at low tide.'),
        'src/content/stories/east-pier.jpg': await square('#3a6'),
        'src/content/stories/west-lane.md': story('West lane', '2026-03-01', 'A lane with no lights.'),
        'src/content/stories/north-star.md': storyFile({ title: '"North star"', topics: '[family]', image: '\n  src: ./star-a.jpg\n  alt: "A blue square"' }, 'Following it home.'),
        'src/content/stories/star-a.jpg': await square('#36a'),
        'src/content/stories/star-b.jpg': await square('#a63'),
        'src/content/stories/river-bend.md': storyFile({ title: '"River bend"', topics: '[family]' }, 'Where the river turns.\n\n![The bend in the river](./bend.jpg)'),
        'src/content/stories/bend.jpg': await square('#6a3'),
        'src/content/stories/far-field.md': storyFile({ title: '"Far field"', topics: '[family]' }, 'Nothing in common with the others.'),
      },
    });
    const first = buildFixture(root);
    expect(first.code, first.output).toBe(0);
    const farField = page(first.dist, 'far-field');
    const firstPhoto = listFiles(first.dist).filter((f) => f.includes('east-pier') && f.endsWith('.webp'));
    const firstBend = page(first.dist, 'river-bend');
    expect(page(first.dist, 'west-lane')).toContain('South gate');

    const again = buildFixture(root);
    expect(again.code, again.output).toBe(0);
    for (const slug of ['north-road', 'south-gate', 'east-pier', 'west-lane', 'far-field', 'north-star', 'river-bend']) expect(reused(again.output, slug), slug).toBe(true);
    const starBefore = page(again.dist, 'north-star');

    writeFileSync(join(root, 'src/content/stories/north-road.md'), story('North road, revisited', '2026-05-01', 'Walking it again, a year on.'));
    writeFileSync(join(root, 'src/content/stories/south-gate.md'), story('South gate', '2026-04-01', 'The south gate creaked open.', { consent: '\n  recordId: "C-2026-099"\n  given: 2026-02-28\n  scope: [web, search, feeds, podcast]\n  withdrawn: 2026-06-01' }));
    writeFileSync(join(root, 'src/content/stories/east-pier.jpg'), await square('#a33'));
    writeFileSync(join(root, 'src/content/stories/bend.jpg'), await square('#33a'));
    writeFileSync(join(root, 'src/content/stories/north-star.md'), storyFile({ title: '"North star"', topics: '[family]', image: '\n  src: ./star-b.jpg\n  alt: "A blue square"' }, 'Following it home.'));
    const third = buildFixture(root);
    expect(third.code, third.output).toBe(0);

    // Changed text; a photo and an image in the text replaced under the same names; a related
    // story renamed and another withdrawn.
    for (const slug of ['north-road', 'east-pier', 'river-bend', 'west-lane']) expect(reused(third.output, slug), slug).toBe(false);
    expect(page(third.dist, 'river-bend')).not.toBe(firstBend);
    expect(page(third.dist, 'north-road')).toContain('Walking it again');
    expect(page(third.dist, 'west-lane')).toContain('North road, revisited');
    expect(page(third.dist, 'west-lane')).not.toContain('South gate');
    const photo = listFiles(third.dist).filter((f) => f.includes('east-pier') && f.endsWith('.webp'));
    expect(photo.length).toBeGreaterThan(0);
    expect(photo.filter((f) => firstPhoto.includes(f))).toEqual([]);
    for (const file of photo) expect(page(third.dist, 'east-pier')).toContain(file.split('/').pop());

    // Only the photo's file name changed in the front matter.
    expect(reused(third.output, 'north-star')).toBe(false);
    expect(page(third.dist, 'north-star')).not.toBe(starBefore);
    expect(page(third.dist, 'north-star')).toMatch(/star-b\.[^"]*\.webp/);

    // The withdrawn story: no page, no cached copy of its page, its title nowhere.
    expect(existsSync(join(third.dist, 'stories/south-gate'))).toBe(false);
    expect(allOutputText(third.dist)).not.toContain('South gate');
    expect(listFiles(join(root, 'node_modules/.astro')).filter((f) => f.includes('south-gate'))).toEqual([]);

    // Untouched, unrelated: reused as it was.
    expect(reused(third.output, 'far-field')).toBe(true);
    expect(page(third.dist, 'far-field')).toBe(farField);
  }, 240_000);
});

// site.yaml is read when the build runs, not compiled into the pages' code: a cached story
// page must not keep the old name, exit or crisis-line country, nor miss a preview's noindex.
describe('incremental build and site settings', () => {
  it('renders every story page again when site.yaml changes, or when a build is a preview', () => {
    const root = makeFixture('incremental-site', {
      files: { 'src/content/stories/harbour-light.md': story('Harbour light', '2026-05-01', 'The light at the end of the harbour wall.') },
    });
    const first = buildFixture(root);
    expect(first.code, first.output).toBe(0);
    expect(page(first.dist, 'harbour-light')).not.toContain('Harbour Peer Group');

    const settings = join(root, 'site.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^name: .*$/m, 'name: "Harbour Peer Group"').replace(/^exitUrl: .*$/m, 'exitUrl: "https://www.example.com/weather"'));
    const renamed = buildFixture(root);
    expect(renamed.code, renamed.output).toBe(0);
    expect(reused(renamed.output, 'harbour-light')).toBe(false);
    expect(page(renamed.dist, 'harbour-light')).toContain('Harbour Peer Group');
    expect(page(renamed.dist, 'harbour-light')).toContain('href="https://www.example.com/weather"');

    const preview = buildFixture(root, { SHARED_PATH_PREVIEW_DEPLOY: '1' });
    expect(preview.code, preview.output).toBe(0);
    expect(page(preview.dist, 'harbour-light')).toContain('<meta name="robots" content="noindex">');
  }, 240_000);
});
