import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtmlValidateConfig } from '../../../src/lib/gates/html';
import { formatGateReport, runGates } from '../../../src/lib/gates/run';
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

describe('runGates', () => {
  it('passes a clean site', async () => {
    const root = await site({
      'dist/index.html': page('<a href="/stories/a/">A</a><img src="/_astro/a.webp" alt="A cup">'),
      'dist/stories/a/index.html': page('<a href="/">Home</a>'),
      'dist/_astro/a.webp': await image('webp'),
    });
    expect(await runGates(join(root, 'dist'), { site: 'https://x.org', withdrawn: [], htmlConfig: loadHtmlValidateConfig(PROJECT) })).toEqual([]);
  });

  it('does not count links to files served apart from the build (episode audio) as broken', async () => {
    const root = await site({ 'dist/index.html': page('<audio controls src="/audio/ep%201.mp3"></audio><a href="/audio/other.mp3">Other</a>') });
    const failures = await runGates(join(root, 'dist'), { site: 'https://x.org', withdrawn: [], htmlConfig: loadHtmlValidateConfig(PROJECT), servedApart: ['audio/ep 1.mp3'] });
    expect(failures.map((f) => f.message)).toEqual([expect.stringContaining('broken link "/audio/other.mp3"')]);
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
      site: 'https://x.org',
      withdrawn: [{ slug: 'left-town', title: 'The day I left town', file: 'src/content/stories/left-town.md' }],
      htmlConfig: loadHtmlValidateConfig(PROJECT),
      publicDir: join(root, 'public'),
    });
    const report = formatGateReport(failures);
    expect(report).toMatch(/dist\/team\.jpg {2}JPEG image keeps EXIF metadata, including a GPS position \(copied from public\/team\.jpg\)/);
    expect(report).toMatch(/dist\/_astro\/photo\.abc\.png {2}PNG image keeps XMP metadata\. Astro emitted the original file unprocessed/);
    expect(report).toMatch(/dist\/index\.html:1 {2}broken link "\/gone\/"/);
    expect(report).toMatch(/dist\/index\.html:2 {2}.*html-validate rule/);
    expect(report).toMatch(/dist\/rss\.xml:1 {2}contains the title of "left-town"/);
    // Words that only match the title can be told apart by renaming the withdrawn story; a slug cannot.
    const withdrawn = failures.filter((f) => f.gate === 'withdrawn story');
    expect(withdrawn.map((f) => [f.file, f.message.includes('change the title in src/content/stories/left-town.md')])).toEqual([
      ['links.txt', false],
      ['rss.xml', true],
    ]);
    expect(new Set(failures.map((f) => f.gate))).toEqual(new Set(['image metadata', 'internal link', 'html', 'withdrawn story']));
  });
});
