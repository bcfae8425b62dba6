import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, makeFixture, storyFile, verifyFixture } from '../helpers/fixture';

describe('an editor’s <aside>', () => {
  it('builds, and its page has no landmark error', () => {
    const body = 'The first winter was the hardest.\n\n<aside>\n\nA note from the editor: names in this story are changed.\n\n</aside>\n\nThen spring came.';
    const root = makeFixture('aside', { files: { 'src/content/stories/side-note.mdx': storyFile({ title: '"A note on the side"' }, body) } });
    const { code, output, dist } = buildFixture(root, {}, { verify: false });
    expect(output).not.toContain('unique-landmark');
    expect(code).toBe(0);
    expect(readFileSync(join(dist, 'stories/side-note/index.html'), 'utf8')).toMatch(/<aside>\s*<p>A note from the editor/);
    // npm run verify, which checks HTML and html-validate's accessibility rules, finds nothing.
    const verify = verifyFixture(root);
    expect(verify.output).not.toContain('unique-landmark');
    expect(verify.output).toContain('Verify passed');
    expect(verify.code).toBe(0);
  }, 240_000);
});
