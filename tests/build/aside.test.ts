import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, makeFixture, storyFile } from '../helpers/fixture';

describe('an editor’s <aside>', () => {
  it('builds, and its page has no landmark error', () => {
    const body = 'The first winter was the hardest.\n\n<aside>\n\nA note from the editor: names in this story are changed.\n\n</aside>\n\nThen spring came.';
    const root = makeFixture('aside', { files: { 'src/content/stories/side-note.mdx': storyFile({ title: '"A note on the side"' }, body) } });
    const { code, output, dist } = buildFixture(root);
    expect(output).not.toContain('unique-landmark');
    expect(code).toBe(0);
    expect(readFileSync(join(dist, 'stories/side-note/index.html'), 'utf8')).toContain('A note from the editor');
  }, 240_000);
});
