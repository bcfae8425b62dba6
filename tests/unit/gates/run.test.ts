import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGateReport, missingSearchIndex, runGates } from '../../../src/lib/gates/run';
import { PROJECT } from '../../helpers/fixture';
import { gpsJpeg, image } from '../../helpers/images';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><main>${body}</main></body></html>`;

async function site(files: Record<string, string | Buffer>) {
  const root = join(PROJECT, 'tests/.tmp', `gates-run-${process.pid}-${Math.random().toString(36).slice(2)}`);
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

// Pagefind's files, which every built site has (a missing index fails the build).
const INDEX = { 'dist/pagefind/pagefind.js': '', 'dist/pagefind/pagefind-entry.json': '{}', 'dist/pagefind/parts.json': '[]' };

describe('runGates (the deploy gates)', () => {
  it('passes a clean site, and is not stopped by a broken link or invalid HTML', async () => {
    const root = await site({
      ...INDEX,
      'dist/index.html': page('<a href="/stories/a/">A</a><img src="/_astro/a.webp" alt="A cup"><a href="/gone/">Gone</a>\n<p><div>bad nesting</div></p>'),
      'dist/stories/a/index.html': page('<a href="/">Home</a>'),
      'dist/_astro/a.webp': await image('webp'),
    });
    expect(await runGates(join(root, 'dist'), { withdrawn: [] })).toEqual([]);
  });

  it('fails a site whose search index, or a part of it, is missing', async () => {
    const root = await site({ ...INDEX, 'dist/pagefind/parts.json': '["/pagefind/part-2/"]', 'dist/index.html': page('<p>Home</p>') });
    expect((await runGates(join(root, 'dist'), { withdrawn: [] })).map((f) => [f.gate, f.file])).toEqual([['search index', 'pagefind/part-2/pagefind-entry.json']]);
    expect(missingSearchIndex(join(root, 'nowhere'))).toEqual(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/parts.json']);
  });

  it('reports every gate in one report, naming each file', async () => {
    const root = await site({
      'public/team.jpg': await gpsJpeg(),
      'dist/team.jpg': await gpsJpeg(),
      'dist/_astro/photo.abc.png': await image('png', 'xmp'),
      'dist/index.html': page('<a href="/gone/">Gone</a>\n<p><div>bad nesting</div></p>'),
      'dist/rss.xml': '<rss><item><title>The day I left town</title></item></rss>',
      'dist/links.txt': 'https://x.org/stories/left-town/',
    });
    const failures = await runGates(join(root, 'dist'), {
      withdrawn: [{ slug: 'left-town', title: 'The day I left town', file: 'src/content/stories/left-town.md' }],
      publicDir: join(root, 'public'),
    });
    const report = formatGateReport(failures);
    expect(report).toMatch(/dist\/team\.jpg {2}JPEG image keeps EXIF metadata, including a GPS position \(copied from public\/team\.jpg\)/);
    expect(report).toMatch(/dist\/_astro\/photo\.abc\.png {2}PNG image keeps XMP metadata\. Astro emitted the original file unprocessed/);
    expect(report).toMatch(/dist\/rss\.xml:1 {2}contains the title of "left-town"/);
    expect(report).toMatch(/dist\/pagefind\/pagefind-entry\.json {2}is missing/);
    // Words that only match the title can be told apart by renaming the withdrawn story; a slug cannot.
    const withdrawn = failures.filter((f) => f.gate === 'withdrawn story');
    expect(withdrawn.map((f) => [f.file, f.message.includes('change the title in src/content/stories/left-town.md')])).toEqual([
      ['links.txt', false],
      ['rss.xml', true],
    ]);
    expect(new Set(failures.map((f) => f.gate))).toEqual(new Set(['image metadata', 'withdrawn story', 'search index']));
  });
});
