import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, makeFixture, PROJECT, storyFile } from '../helpers/fixture';
import { gpsJpeg } from '../helpers/images';

// One fixture build per scenario: builds are slow and the machine is shared.
describe('post-build gates', () => {
  it('fail the build on a GPS-tagged JPEG copied from public/, naming the file', async () => {
    const root = makeFixture('gate-exif', { files: { 'public/images/photo.jpg': await gpsJpeg() } });
    const { code, output } = buildFixture(root);
    expect(code).not.toBe(0);
    expect(output).toContain('Post-build checks failed');
    expect(output).toMatch(/dist\/images\/photo\.jpg {2}JPEG image keeps EXIF metadata, including a GPS position \(copied from public\/images\/photo\.jpg\)/);
  }, 180_000);

  it('fail the build on a broken internal link, invalid HTML and a withdrawn story’s title, naming each file', () => {
    const root = makeFixture('gate-links', {
      files: {
        'src/pages/broken.astro':
          '---\n---\n<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>\n<body><main>\n<a href="/nowhere/">Nowhere</a>\n<button>Unlabelled type</button>\n</main></body></html>\n',
        'src/content/stories/taken-back.md': storyFile({
          title: '"The year I stopped pretending"',
          consent: '\n  recordId: "C-2026-077"\n  given: 2026-02-28\n  scope: [web, search, feeds, podcast]\n  withdrawn: 2026-06-01',
        }),
        'public/notes.txt': 'Featured: The year I stopped pretending\n',
      },
    });
    const { code, output } = buildFixture(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/dist\/broken\/index\.html:\d+ {2}broken link "\/nowhere\/": no page at \/nowhere\//);
    // Found by html-validate (through its worker pool) inside a real build.
    expect(output).toMatch(/dist\/broken\/index\.html:\d+ {2}.*\(html-validate rule no-implicit-button-type, column \d+\)/);
    expect(output).toMatch(/dist\/notes\.txt:1 {2}contains the title of "taken-back" \(src\/content\/stories\/taken-back\.md\), whose consent is withdrawn/);
    // The withdrawn story itself left nothing: only the planted file is reported.
    expect(output).not.toMatch(/dist\/stories\/taken-back/);
  }, 180_000);

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
