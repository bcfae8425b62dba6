import { describe, expect, it } from 'vitest';
import { htmlValidator, loadHtmlValidateConfig } from '../../../src/lib/gates/html';
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

  it('reports invalid HTML with rule and line', async () => {
    const problems = await validate(page('<p>one\n<div>in a paragraph</div></p><img src="/a.webp">'), 'b.html');
    expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['wcag/h37']));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line >= 1)).toBe(true);
  });
});
