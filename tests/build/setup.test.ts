/**
 * `npm run setup` end to end on a copy of the demo: site.yaml written from the flags, the demo
 * stories, episodes and meetings gone, an editor's own story and a demo file an editor changed
 * kept; the site then builds with no demo story in any output; running it again is safe.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { allOutputText, buildFixture, listFiles, makeFixture, PROJECT, type BuildResult } from '../helpers/fixture';
import { runScript } from '../helpers/cli';

const demo = JSON.parse(readFileSync(join(PROJECT, 'scripts/demo-content.json'), 'utf8')) as Record<string, string>;
const demoStories = Object.keys(demo).filter((p) => /^src\/content\/stories\/.+\.mdx?$/.test(p));
const OWN_STORY = `---
title: "The bench by the river"
summary: "A first story of our own, written after setup."
storyteller: "R."
published: 2026-10-01
consent:
  recordId: "RRC-2026-001"
  given: 2026-09-20
  scope: [web, search, feeds]
---

I sat on the bench by the river every morning for a month before I walked into the hall.
`;
const FLAGS = ['--name', 'Riverside Recovery Collective', '--url', 'https://riverside.example.org/', '--country', 'GB', '--no-podcast'];

let root: string;
let first: ReturnType<typeof runScript>;
let build: BuildResult;
const titleOf = (file: string) => /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(join(PROJECT, file), 'utf8'))![1]!;

beforeAll(() => {
  root = makeFixture('setup');
  // Start from the demo exactly as a fork has it.
  cpSync(join(PROJECT, 'src/content'), join(root, 'src/content'), { recursive: true });
  writeFileSync(join(root, 'src/content/stories/the-bench-by-the-river.md'), OWN_STORY);
  // A demo guide an editor has reworded is theirs now.
  const guide = Object.keys(demo).find((p) => p.startsWith('src/content/guides/'))!;
  writeFileSync(join(root, guide), readFileSync(join(root, guide), 'utf8').replace(/\n$/, '\n\nAdded by our own editor.\n'));
  first = runScript('setup.ts', [...FLAGS, '--remove-guides'], { cwd: root });
  build = buildFixture(root);
}, 300_000);

describe('npm run setup', () => {
  test('writes site.yaml from the flags, and the build uses it', () => {
    expect(first.code, first.stderr).toBe(0);
    const site = parse(readFileSync(join(root, 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({ name: 'Riverside Recovery Collective', url: 'https://riverside.example.org/', helplineCountry: 'GB', languages: ['en'] });
    expect(build.code, build.output).toBe(0);
    const home = readFileSync(join(build.dist, 'index.html'), 'utf8');
    expect(home).toContain('<title>Riverside Recovery Collective</title>');
    expect(readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8')).toContain('https://riverside.example.org/');
  });

  test('removes every demo story, episode and the meetings, and no demo story is left in any output', () => {
    expect(demoStories.length).toBeGreaterThan(0);
    for (const story of demoStories) expect(existsSync(join(root, story)), story).toBe(false);
    expect(listFiles(join(root, 'src/content/episodes'))).toEqual([]);
    expect(existsSync(join(root, 'src/content/meetings.yaml'))).toBe(false);
    // Without a podcast the show goes too; topics and crisis lines stay.
    expect(existsSync(join(root, 'src/content/podcast.yaml'))).toBe(false);
    expect(existsSync(join(root, 'src/content/helplines.yaml'))).toBe(true);
    const output = allOutputText(build.dist);
    for (const story of demoStories) {
      const slug = story.replace(/^.*\/|\.mdx?$/g, '');
      expect(output, slug).not.toContain(`/stories/${slug}/`);
      expect(output, slug).not.toContain(titleOf(story));
    }
  });

  test("never removes an editor's own file or a demo file an editor changed", () => {
    expect(existsSync(join(root, 'src/content/stories/the-bench-by-the-river.md'))).toBe(true);
    expect(existsSync(join(build.dist, 'stories/the-bench-by-the-river/index.html'))).toBe(true);
    const guides = listFiles(join(root, 'src/content/guides'));
    expect(guides).toHaveLength(1);
    expect(first.stdout).toContain('Kept 1 demo file');
  });

  test('is safe to run again, and refuses bad answers before changing anything', () => {
    const before = readFileSync(join(root, 'site.yaml'), 'utf8');
    const again = runScript('setup.ts', FLAGS, { cwd: root });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(root, 'site.yaml'), 'utf8')).toBe(before);
    expect(again.stdout).toContain('Removed 0 demo file(s)');
    const bad = runScript('setup.ts', ['--name', 'X', '--url', 'not a url', '--country', 'GB', '--no-podcast'], { cwd: root });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/url: must be the full address/);
    expect(readFileSync(join(root, 'site.yaml'), 'utf8')).toBe(before);
  });

  test('without a terminal, a missing answer is named', () => {
    const missing = runScript('setup.ts', ['--url', 'https://x.example.org/', '--country', 'GB'], { cwd: makeFixture('setup-missing') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--name is missing');
  });
});
