import { describe, expect, it } from 'vitest';
import { CONTENT_AFTER_BODY, findParseErrors, formatParseErrors } from '../../../src/lib/gates/parse-errors';

const head = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Page</title></head>\n';
const page = (body: string, after = '') => `${head}<body>${body}</body></html>${after}`;

describe('findParseErrors', () => {
  it('finds nothing in a well-formed page, with comments and whitespace after </html>', () => {
    expect(findParseErrors(page('<main><p>One<p>Two</main><template><li>t</li></template>', '\n<!-- built -->\n'))).toEqual([]);
  });

  it('reports a script after </html>, where /search/ had it (issue #16), at its line and column', () => {
    expect(findParseErrors(page('<main>x</main>', '\n  <script type="module" src="/a.js"></script>'))).toEqual([{ code: CONTENT_AFTER_BODY, line: 4, col: 3 }]);
  });

  it('reports an element between </body> and </html> once, not each of its children', () => {
    expect(findParseErrors(`${head}<body><p>a</p></body><div>b<span>c</span></div></html>`)).toEqual([{ code: CONTENT_AFTER_BODY, line: 3, col: 22 }]);
  });

  it('reports stray text after </html> even though the parser joins it to the body’s last text', () => {
    expect(findParseErrors(page('<p>a</p>tail', '<!-- > -->\n x'))).toEqual([{ code: CONTENT_AFTER_BODY, line: 4, col: 2 }]);
  });

  it('reports the tokenizer’s and tree builder’s own errors with parse5’s codes', () => {
    const codes = findParseErrors('<p id=a id=b>x</p><div/><br/ >').map((e) => e.code);
    expect(codes).toEqual(['missing-doctype', 'duplicate-attribute', 'non-void-html-element-start-tag-with-trailing-solidus', 'unexpected-solidus-in-tag']);
  });

  it('formats one line per error with page, line, column and code', () => {
    expect(formatParseErrors('search/index.html', [{ code: CONTENT_AFTER_BODY, line: 2, col: 9 }])).toBe('search/index.html:2:9 content-after-body');
  });
});
