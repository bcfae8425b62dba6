import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allOutputText, buildFixture, makeFixture, PROJECT, storyFile, verifyFixture } from '../helpers/fixture';
import { gpsJpeg } from '../helpers/images';

const WITHDRAWN = '\n  recordId: "C-2026-077"\n  given: 2026-02-28\n  scope: [web, search, feeds, podcast]\n  withdrawn: 2026-06-01';
// A page of the site's own code with a broken link and invalid HTML.
const BROKEN_PAGE =
  '---\n---\n<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>\n<body><main>\n<a href="/nowhere/">Nowhere</a>\n<button>Unlabelled type</button>\n</main></body></html>\n';

// One fixture build per scenario: builds are slow and the machine is shared.
describe('post-build gates', () => {
  it('fail the build on a GPS-tagged JPEG copied from public/, naming the file', async () => {
    const root = makeFixture('gate-exif', { files: { 'public/images/photo.jpg': await gpsJpeg() } });
    const { code, output } = buildFixture(root);
    expect(code).not.toBe(0);
    expect(output).toContain('Post-build checks failed');
    expect(output).toMatch(/dist\/images\/photo\.jpg {2}JPEG image keeps EXIF metadata, including a GPS position \(copied from public\/images\/photo\.jpg\)/);
  }, 180_000);

  it('fail the build on a withdrawn story’s title in any output, and on nothing of quality', () => {
    const root = makeFixture('gate-withdrawn', {
      files: {
        'src/content/stories/taken-back.md': storyFile({ title: '"The year I stopped pretending"', consent: WITHDRAWN }),
        'public/notes.txt': 'Featured: The year I stopped pretending\n',
        'src/pages/broken.astro': BROKEN_PAGE,
      },
    });
    const { code, output } = buildFixture(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/dist\/notes\.txt:1 {2}contains the title of "taken-back" \(src\/content\/stories\/taken-back\.md\), whose consent is withdrawn/);
    // The withdrawn story itself left nothing: only the planted file is reported, and the
    // broken page's link and HTML are not the build's to refuse.
    expect(output).not.toMatch(/dist\/stories\/taken-back/);
    expect(output).not.toMatch(/broken link|html-validate/);
    expect(output).toContain('1 problem in dist/');
  }, 180_000);

  it('build a site with a withdrawn story and HTML nits, which leaves no trace; npm run verify reports each nit against its source', () => {
    const nitBody = [
      'The first winter was the hardest.',
      '',
      'Then spring came.',
      '',
      '<nav>',
      '',
      '[Part one](/stories/a-fixture-story/) and [part two](/stories/part-two/)',
      '',
      '</nav>',
    ].join('\n');
    const root = makeFixture('gate-verify', {
      files: {
        'src/content/stories/taken-back.md': storyFile({ title: '"The year I stopped pretending"', consent: WITHDRAWN }),
        'src/content/stories/a-fixture-story.md': storyFile(),
        'src/content/stories/with-nits.md': storyFile({ title: '"A story with nits"' }, nitBody),
        'src/pages/broken.astro': BROKEN_PAGE,
      },
    });
    const { code, output, dist } = buildFixture(root, {}, { verify: false });
    expect(output).not.toMatch(/html-validate|broken link/);
    expect(code).toBe(0);
    expect(existsSync(join(dist, 'stories/with-nits/index.html'))).toBe(true);
    const everything = allOutputText(dist);
    expect(everything).not.toContain('taken-back');
    expect(everything).not.toMatch(/The year I stopped pretending/i);

    const source = readFileSync(join(root, 'src/content/stories/with-nits.md'), 'utf8').split('\n');
    const nav = source.indexOf('<nav>') + 1;
    const link = source.findIndex((l) => l.includes('part-two')) + 1;
    expect([nav, link]).toEqual([nav, nav + 2]);
    expect(nav).toBeGreaterThan(10);
    const verify = verifyFixture(root);
    expect(verify.code).toBe(1);
    expect(verify.output).toMatch(/In editors' files \(2\):/);
    expect(verify.output).toMatch(new RegExp(`src/content/stories/with-nits\\.md:${nav} {2}This <nav> makes a region of the page that screen readers list by name.*add aria-label`));
    expect(verify.output).toMatch(new RegExp(`src/content/stories/with-nits\\.md:${link} {2}The link "/stories/part-two/" leads nowhere on this site`));
    expect(verify.output).toMatch(/dist\/broken\/index\.html \(from src\/pages\/broken\.astro\)/);
    expect(verify.output).toMatch(/dist\/broken\/index\.html:\d+ {2}broken link "\/nowhere\/": no page at \/nowhere\//);
    expect(verify.output).toMatch(/dist\/broken\/index\.html:\d+ {2}.*\(html-validate rule no-implicit-button-type\), column \d+/);
    // The site's own pages and the other stories are clean.
    expect(verify.output.match(/^ {4}\S+:\d+ /gm)).toHaveLength(4);

    // Under GitHub Actions, each finding is also an annotation on the editor's line.
    const annotated = verifyFixture(root, { GITHUB_ACTIONS: 'true' });
    expect(annotated.output).toMatch(new RegExp(`^::error file=src/content/stories/with-nits\\.md,line=${nav},title=npm run verify%3A html::This <nav>`, 'm'));
    expect(annotated.output).toMatch(/^::error file=src\/pages\/broken\.astro,title=npm run verify%3A internal link::dist\/broken\/index\.html:\d+: broken link/m);
  }, 240_000);

  it('fail a build that ends because an integration waits for ever, which Node would let exit 0', () => {
    // A hook whose promise never settles, as Pagefind's API left one when its process was
    // killed, in an integration that runs before this project's own.
    const config = readFileSync(join(PROJECT, 'astro.config.mjs'), 'utf8');
    const waiting = "integrations: [{ name: 'waits-for-ever', hooks: { 'astro:build:start': () => new Promise(() => {}) } }, ";
    expect(config).toContain('integrations: [');
    const root = makeFixture('gate-unfinished', { files: { 'astro.config.mjs': config.replace('integrations: [', waiting) } });
    const { code, output } = buildFixture(root);
    expect(output).toContain('The build ended without finishing');
    expect(code).toBe(1);
  }, 180_000);
});
