import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold, scaffoldPath, slugProblem, SCAFFOLD_KINDS } from '../../src/lib/scaffold';
import { checkContent } from '../../src/lib/validation/check';
import { runScript } from '../helpers/cli';
import { makeFixture } from '../helpers/fixture';

const NOW = new Date(Date.UTC(2026, 10, 1));
const context = { now: NOW };

/** What an editor types over each placeholder. */
const ANSWERS: Record<string, string> = {
  title: '"Learning to ask for help"',
  summary: '"Two years after my first meeting."',
  storyteller: '"M."',
  recordId: '"C-2026-014"',
  given: '2026-10-01',
  scope: '[web, search, feeds, podcast]',
  episode: '1',
  url: '"https://media.example.org/ep1.mp3"',
  bytes: '31457280',
  duration: '"00:42:10"',
};

function fillIn(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('TODO') || line.trimStart().startsWith('#')) return line;
      const key = /^(\s*)(\w+):/.exec(line);
      if (key && key[2] !== 'TODO') return `${key[1]}${key[2]}: ${ANSWERS[key[2]!] ?? 'MISSING'}`;
      return 'The text, in the storyteller’s own words.';
    })
    .join('\n');
}

describe('scaffold', () => {
  it.each(SCAFFOLD_KINDS)('writes a %s with every required field, dated today, that the check refuses until filled in', async (kind) => {
    const text = scaffold(kind, NOW);
    expect(text).toContain('published: 2026-11-01');
    const slug = `new-${kind}`;
    const root = makeFixture(`scaffold-${kind}`, { files: { [scaffoldPath(kind, slug)]: text } });
    const before = await checkContent(root, { context });
    const errors = before.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.message.includes('placeholder'))).toBe(true);

    const root2 = makeFixture(`scaffold-${kind}-filled`, { files: { [scaffoldPath(kind, slug)]: fillIn(text) } });
    const after = await checkContent(root2, { context });
    expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const checked = kind === 'story' ? after.content.stories : kind === 'episode' ? after.content.episodes : after.content.guides;
    expect(checked.map((e) => e.slug)).toContain(slug);
  });

  it('names the consent block fields of a story as placeholders, by dotted path', async () => {
    const root = makeFixture('scaffold-consent', { files: { [scaffoldPath('story', 'x')]: scaffold('story', NOW) } });
    const { issues } = await checkContent(root, { context });
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['consent.recordId', 'consent.given', 'consent.scope', 'title', 'body']));
  });

  it('accepts only slugs that make a clean page address', () => {
    expect(slugProblem('learning-to-ask')).toBeUndefined();
    expect(slugProblem('Learning To Ask')).toMatch(/lower-case/);
    expect(slugProblem('story.md')).toMatch(/without "\.md"/);
    expect(slugProblem('_draft')).toMatch(/ignored/);
    // Pages of the lists live under /stories/page/N/, so a number is a name like any other.
    expect(slugProblem('2')).toBeUndefined();
  });
});

describe('npm run new', () => {
  it('creates the file, then refuses to overwrite it', () => {
    const root = makeFixture('new-script');
    const first = runScript('new.ts', ['story', 'my-story'], { cwd: root });
    expect(first.code).toBe(0);
    const path = join(root, 'src/content/stories/my-story.md');
    expect(existsSync(path)).toBe(true);
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('published: 2026-11-01');

    const second = runScript('new.ts', ['story', 'my-story'], { cwd: root });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('src/content/stories/my-story.md already exists');
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  it('refuses an .mdx twin, a bad kind and a bad slug', () => {
    const root = makeFixture('new-script-refusals', { files: { 'src/content/guides/taken.mdx': 'x' } });
    expect(runScript('new.ts', ['guide', 'taken'], { cwd: root }).stderr).toContain('taken.mdx already exists');
    expect(runScript('new.ts', ['poem', 'x'], { cwd: root }).code).toBe(1);
    expect(runScript('new.ts', ['story', 'Bad Slug'], { cwd: root }).code).toBe(1);
  });
});
