import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtmlValidateConfig } from '../../../src/lib/gates/html';
import { runQualityChecks } from '../../../src/lib/gates/quality';
import { bodyRegions, regionAt, sourceSpot, templateFor } from '../../../src/lib/gates/source-map';
import { formatVerifyReport, githubAnnotations } from '../../../src/lib/gates/verify-report';
import { PROJECT } from '../../helpers/fixture';

const FRONT = '---\ntitle: "T"\nsummary: "S"\n---\n\n';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><nav aria-label="Main"><a href="/">Home</a></nav><main><article><h1>T</h1>${body}</article></main></body></html>`;
const entry = (source: string, html: string) => `<div class="entry-body" data-source="${source}">${html}</div>`;

describe('bodyRegions', () => {
  it('finds each entry text, nested divs included, and stops an unclosed one at its article', () => {
    const html = page(`${entry('src/content/stories/a.md', '<div><p>x</p></div><p>y</p>')}<p>after</p>`);
    const [region] = bodyRegions(html);
    expect(region!.source).toBe('src/content/stories/a.md');
    expect(html.slice(region!.start, region!.end)).toBe('<div><p>x</p></div><p>y</p>');
    const open = page(`${entry('src/content/stories/b.md', '<div><p>never closed</p>')}<p>template</p>`);
    expect(open.slice(bodyRegions(open)[0]!.end)).toMatch(/^<\/article>/);
    expect(regionAt(bodyRegions(html), html.indexOf('after'))).toBeUndefined();
  });
});

describe('sourceSpot', () => {
  const spot = (source: string, html: string, what: string, needle?: string) => {
    const region = bodyRegions(html)[0]!;
    return sourceSpot(source, html, region, html.indexOf(what) + 1, needle);
  };

  it('finds an element written as HTML by its occurrence, one Markdown made by its words, a link by its address', () => {
    const source = `${FRONT}Intro.\n\n<nav>\n\nOne\n\n</nav>\n\n<nav>\n\nTwo\n\n</nav>\n\n#### Too deep a heading\n\n[x](/nowhere/)\n`;
    const html = page(entry('s.md', '<p>Intro.</p><nav><p>One</p></nav><nav><p>Two</p></nav><h4 id="too-deep">Too deep a heading</h4><p><a href="/nowhere/">x</a></p>'));
    const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    const second = html.indexOf('<nav><p>Two');
    expect(sourceSpot(source, html, bodyRegions(html)[0]!, second + 1)).toEqual({ line: lineOf('<nav>') + 6, exact: true });
    expect(spot(source, html, '<h4')).toEqual({ line: lineOf('####'), exact: true });
    expect(spot(source, html, '<a href', '/nowhere/')).toEqual({ line: lineOf('[x]'), exact: true });
  });

  it('names the start of the text, not exactly, when nothing in the source matches', () => {
    const source = `${FRONT}\n\nText that Markdown changed “a lot”.\n`;
    const html = page(entry('s.md', '<p>“Changed”</p>'));
    expect(spot(source, html, '<p>“')).toEqual({ line: 8, exact: false });
  });
});

describe('templateFor', () => {
  const pages = ['src/pages/index.astro', 'src/pages/404.astro', 'src/pages/stories/[slug].astro', 'src/pages/stories/[...page].astro', 'src/pages/stories/rss.xml.ts', 'src/pages/about.astro'];
  it.each([
    ['index.html', 'src/pages/index.astro'],
    ['404.html', 'src/pages/404.astro'],
    ['about/index.html', 'src/pages/about.astro'],
    ['stories/a/index.html', 'src/pages/stories/[slug].astro'],
    ['stories/index.html', 'src/pages/stories/[...page].astro'],
    ['stories/page/2/index.html', 'src/pages/stories/[...page].astro'],
    ['nowhere/else/index.html', undefined],
  ])('%s comes from %s', (dist, template) => {
    expect(templateFor(dist, pages)).toBe(template);
  });
});

describe('runQualityChecks', () => {
  it('reports problems in an editor’s text at their source line, and others at the page and its template', async () => {
    const root = join(PROJECT, 'tests/.tmp', `quality-${process.pid}-${Math.random().toString(36).slice(2)}`);
    rmSync(root, { recursive: true, force: true });
    const source = `${FRONT}Intro.\n\n<img src="/a.webp">\n\nMail me at jo.bloggs@example.org\n`;
    const files: Record<string, string> = {
      'src/content/stories/s.md': source,
      'src/pages/stories/[slug].astro': '',
      'dist/stories/s/index.html': page(entry('src/content/stories/s.md', '<p>Intro.</p>\n<img src="/a.webp">')) + '\n<p>jo.bloggs@example.org <a href="/gone/">gone</a></p>',
      'dist/a.webp': '',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const findings = await runQualityChecks(join(root, 'dist'), { root, site: 'https://x.org', htmlConfig: loadHtmlValidateConfig(PROJECT) });
    const mine = findings.filter((f) => f.fromContent);
    expect(mine.map((f) => [f.file, f.line, f.check])).toEqual([['src/content/stories/s.md', 8, 'html']]);
    expect(mine[0]!.message).toMatch(/no description for readers who cannot see it/);
    const theirs = findings.filter((f) => !f.fromContent);
    expect(theirs.map((f) => [f.file, f.template, f.check])).toContainEqual(['dist/stories/s/index.html', 'src/pages/stories/[slug].astro', 'internal link']);
    const report = formatVerifyReport(findings);
    expect(report).toMatch(/^In editors' files \(1\):\n {2}src\/content\/stories\/s\.md\n {4}src\/content\/stories\/s\.md:8 {2}This image/);
    expect(report).toMatch(/dist\/stories\/s\/index\.html \(from src\/pages\/stories\/\[slug\]\.astro\)/);
    // A finding's message is masked as the content checks mask theirs, in the report and annotations.
    const leaky = { ...theirs[0]!, message: 'quotes jo.bloggs@example.org' };
    expect(formatVerifyReport([leaky])).not.toContain('jo.bloggs@example.org');
    expect(githubAnnotations([leaky]).join('\n')).not.toContain('jo.bloggs@example.org');
    expect(githubAnnotations([{ ...mine[0]!, message: 'a: b, 50%\nnext' }])).toEqual(['::error file=src/content/stories/s.md,line=8,title=npm run verify%3A html::a: b, 50%25%0Anext']);
  });
});
