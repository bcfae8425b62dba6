import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlValidator, htmlValidatorPool, loadHtmlValidateConfig } from '../../../src/lib/gates/html';
import { PROJECT } from '../../helpers/fixture';

const validate = htmlValidator(loadHtmlValidateConfig(PROJECT));
const page = (body: string, title = 'Page') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('html gate', () => {
  it('accepts what Astro and Markdown legitimately emit', async () => {
    const long = 'A story title that is exactly as long as the contract allows, which is one hundred and twenty chars!';
    const body = '<h2 id="12-steps">12 steps</h2><p style="--accent: red">Text  </p><img src="/a.webp" alt="A cup" width="10" height="10">';
    expect(await validate(page(body, `${long} · Shared Path`), 'a.html')).toEqual([]);
  });

  it('treats an unnamed <aside> inside an article as no landmark, as HTML-AAM, browsers and axe do', async () => {
    const banner = '<aside aria-label="Crisis support"><p>Call</p></aside>';
    const inArticle = `<article><h1>T</h1><aside><p>An editor's note</p></aside></article>`;
    const frame = (body: string) => page(body).replace('<main>', `${banner}<main>`);
    expect(await validate(frame(inArticle), 'a.html')).toEqual([]);
    // Directly in <main> it is a landmark, and an unnamed second one is a real problem.
    expect((await validate(frame('<aside><p>note</p></aside>'), 'b.html')).map((p) => p.rule)).toEqual(['unique-landmark']);
    expect((await validate(frame('<article><aside aria-label="Crisis support"><p>x</p></aside></article>'), 'c.html')).map((p) => p.rule)).toEqual(['unique-landmark', 'unique-landmark']);
  });

  it('reports invalid HTML with rule and line', async () => {
    const problems = await validate(page('<p>one\n<div>in a paragraph</div></p><img src="/a.webp">'), 'b.html');
    expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['wcag/h37']));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line >= 1)).toBe(true);
  });

  it('gives the same results as html-validate resolving its configuration for every page', async () => {
    const config = loadHtmlValidateConfig(PROJECT);
    const reference = new HtmlValidate(new StaticConfigLoader(config));
    const reuse = htmlValidator(config);
    const pages = [
      page('<p>one\n<div>in a paragraph</div></p><img src="/a.webp">'),
      page('<p>fine</p>'),
      page('<button>a</button><button type="submit" id="x"></button><div id="x"></div>'),
      page('<p>one\n<div>in a paragraph</div></p><img src="/a.webp">'),
    ];
    for (const [i, html] of pages.entries()) {
      const expected = (await reference.validateString(html, `p${i}.html`)).results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
      const got = (await reuse(html, `p${i}.html`)).map((p) => p.rule);
      expect(got).toEqual(expected);
    }
    expect((await reuse(pages[2]!, 'again.html')).length).toBeGreaterThan(0);
  });

  it('finds the same problems on worker threads, page by page', async () => {
    const pool = htmlValidatorPool(loadHtmlValidateConfig(PROJECT), 2);
    try {
      const pages = Array.from({ length: 12 }, (_, i) => page(i % 3 ? `<p>page ${i}</p>` : `<p>page ${i}\n<div>in a paragraph</div></p>`));
      const expected = await Promise.all(pages.map((html, i) => validate(html, `p${i}.html`)));
      expect(await Promise.all(pages.map((html, i) => pool.validate(html, `p${i}.html`)))).toEqual(expected);
      expect(expected.filter((p) => p.length > 0)).toHaveLength(4);
    } finally {
      await pool.close();
    }
  });

  it.each([
    ['cannot start', 'missing-worker.ts'],
    ['exits at once', 'exiting-worker.mjs'],
    ['throws on its first page', 'throwing-worker.mjs'],
  ])('checks every page in this thread when a worker %s', async (_what, file) => {
    const pool = htmlValidatorPool(loadHtmlValidateConfig(PROJECT), 2, new URL(`../../fixtures/workers/${file}`, import.meta.url));
    try {
      const pages = Array.from({ length: 6 }, (_, i) => page(i % 2 ? `<p>page ${i}</p>` : `<p>page ${i}\n<div>in a paragraph</div></p>`));
      const expected = await Promise.all(pages.map((html, i) => validate(html, `p${i}.html`)));
      expect(await Promise.all(pages.map((html, i) => pool.validate(html, `p${i}.html`)))).toEqual(expected);
    } finally {
      await pool.close();
    }
  });
});
