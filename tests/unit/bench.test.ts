/**
 * The bench's pure parts: generated stories obey the editors' contract (the same content
 * checks the build runs), options parse, logs are read tolerantly, targets are judged.
 */
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../scripts/bench/args';
import { renderImage } from '../../scripts/bench/images';
import { parseBuildPhases, parseDuration, parsePagefindMs, parseRouteTimes, summariseRoutes } from '../../scripts/bench/log';
import { parseCpuTimes, treeRss } from '../../scripts/bench/proc';
import { checkTargets, formatReport, type BenchResult } from '../../scripts/bench/report';
import { editStory, generateStories, retargetEpisodeStories } from '../../scripts/bench/stories';
import { checkContent } from '../../src/lib/validation/check';
import { episodeFile, makeFixture } from '../helpers/fixture';

const now = new Date('2026-11-01T00:00:00Z');
const TOPICS = ['alcohol', 'family']; // the ids in tests/fixtures/base/src/content/topics.yaml

describe('story generator', () => {
  const stories = generateStories({ count: 60, topicIds: TOPICS, now });

  test('is deterministic for a seed and varies with it', () => {
    expect(generateStories({ count: 60, topicIds: TOPICS, now })).toEqual(stories);
    const other = generateStories({ count: 60, topicIds: TOPICS, now, seed: 7 });
    expect(other.map((s) => s.markdown)).not.toEqual(stories.map((s) => s.markdown));
  });

  test('writes about 3 KB of Markdown per story, one photo per 20, unique slugs', () => {
    const sizes = stories.map((s) => Buffer.byteLength(s.markdown));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2600);
    expect(mean).toBeLessThan(3600);
    expect(stories.filter((s) => s.image).map((s) => stories.indexOf(s))).toEqual([0, 20, 40]);
    expect(new Set(stories.map((s) => s.slug)).size).toBe(60);
    expect(stories[5]!.markdown).toMatch(/^## /m);
    expect(stories.some((s) => /^- /m.test(s.markdown))).toBe(true);
  });

  test('mixes consent scopes and the rare withdrawn, draft and scheduled story', () => {
    expect(stories.filter((s) => !s.inBuild).length).toBe(3);
    expect(stories[11]!.markdown).toMatch(/withdrawn: \d{4}-\d{2}-\d{2}/);
    expect(stories[13]!.markdown).toMatch(/^draft: true$/m);
    expect(stories[7]!.markdown).toMatch(/scope: \[web\]$/m);
    expect(stories.filter((s) => /scope: \[web, search, feeds, podcast\]/.test(s.markdown)).length).toBeGreaterThan(50);
  });

  test('passes every content check of the build, photos and an episode included', async () => {
    const files: Record<string, string | Buffer> = {};
    for (const story of stories) {
      files[`src/content/stories/${story.slug}.md`] = story.markdown;
      if (story.image) files[`src/content/stories/${story.image.file}`] = await renderImage(story.image);
    }
    const told = stories.find((s) => s.inBuild && s.podcast)!.slug;
    files['src/content/episodes/ep.md'] = retargetEpisodeStories(episodeFile({ stories: '[a-demo-story]', transcript: './ep.vtt' }), [told]);
    files['src/content/episodes/ep.vtt'] = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n';
    const root = makeFixture('bench-stories', { files });
    const { issues, content } = await checkContent(root, { context: { now } });
    expect(issues).toEqual([]);
    expect(content.stories.length).toBe(61); // 60 generated + the base fixture's one
    expect(content.episodes[0]!.data.stories).toEqual([told]);
  });

  test('the edit changes only the body, without digits the anonymity check would flag', () => {
    const edited = editStory(stories[1]!.markdown, 2);
    expect(edited.startsWith(stories[1]!.markdown.trimEnd())).toBe(true);
    expect(edited.slice(stories[1]!.markdown.trimEnd().length)).not.toMatch(/\d/);
    expect(editStory(stories[1]!.markdown, 3)).not.toBe(edited);
  });
});

test('episodes are retargeted, list and show-note links, whether the list is inline or a block', () => {
  const inline = '---\ntitle: "E"\nstories: [old-one]\ntopics: [alcohol]\n---\n\nRead [it](/stories/old-one/). stories: [body text]\n';
  expect(retargetEpisodeStories(inline, ['new-one'])).toBe(
    '---\ntitle: "E"\nstories: [new-one]\ntopics: [alcohol]\n---\n\nRead [it](/stories/new-one/). stories: [body text]\n',
  );
  const block = '---\nstories:\n  - a\n  - "b"\ntopics: []\n---\nSee /stories/b/ and /stories/a/.\n';
  expect(retargetEpisodeStories(block, ['c'])).toBe('---\nstories: [c]\ntopics: []\n---\nSee /stories/c/ and /stories/c/.\n');
  const none = '---\ntitle: "E"\n---\nbody\n';
  expect(retargetEpisodeStories(none, ['c'])).toBe(none);
});

test('no two generated stories share a title (the withdrawn gate matches titles anywhere)', () => {
  const many = generateStories({ count: 4000, topicIds: TOPICS, now, bodyBytes: 10 });
  const titles = many.map((s) => /^title: "(.*)"$/m.exec(s.markdown)![1]!.toLowerCase());
  expect(new Set(titles).size).toBe(4000);
  // The page title adds " · Shared Path"; the HTML check allows 70 characters.
  expect(Math.max(...titles.map((t) => t.length))).toBeLessThanOrEqual(70 - ' · Shared Path'.length);
});

describe('options', () => {
  test('defaults to 4,000 stories, text output', () => {
    expect(parseArgs([])).toMatchObject({ stories: 4000, json: false, linearity: false, eleventy: true, astroBaseline: true, search: true });
    expect(parseArgs(['--no-astro-baseline']).astroBaseline).toBe(false);
  });
  test('reads flags in both spellings', () => {
    expect(parseArgs(['--stories', '1000', '--json'])).toMatchObject({ stories: 1000, json: true });
    expect(parseArgs(['--stories=250', '--queries', 'garden,river', '--no-search'])).toMatchObject({ stories: 250, queries: ['garden', 'river'], search: false });
    expect(parseArgs(['--queries', 'garden,river,kettle']).queries).toEqual(['garden', 'river', 'kettle']);
  });
  test('refuses bad values with a message naming the option', () => {
    expect(() => parseArgs(['--stories', 'many'])).toThrow(/--stories must be a whole number/);
    expect(() => parseArgs(['--stories'])).toThrow(/--stories needs a value/);
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown option "--fast"/);
    expect(() => parseArgs(['--queries', 'garden'])).toThrow(/--queries takes a first query and at least one later one/);
  });
  test('later queries by default run from a word in most stories to one in few, all in the generated set', () => {
    const [, common, place, rare] = parseArgs([]).queries;
    const stories = generateStories({ count: 400, topicIds: TOPICS, now });
    const share = (word: string) => stories.filter((s) => s.markdown.toLowerCase().includes(word!.toLowerCase())).length / stories.length;
    expect(share(common!)).toBeGreaterThan(0.5);
    expect(share(place!)).toBeGreaterThan(0.5); // all of the first 400 stories; 400 of every 8,000 in larger sets
    expect(share(rare!)).toBeGreaterThan(0);
    expect(share(rare!)).toBeLessThanOrEqual(0.05);
  });
});

describe('build log', () => {
  const log = [
    '09:58:05 [shared-path:content-checks] Content checks passed.',
    '09:58:08 [content] Syncing content',
    '09:58:11 [content] Synced content',
    '09:58:11 [types] Generated 5.81s',
    '09:58:13 [vite] ✓ built in 2.18s',
    '09:58:13 [vite] ✓ built in 75ms',
    '',
    ' generating static routes ',
    '09:58:15 ✓ Completed in 1.75s.',
    '09:58:15 [build] 205 page(s) built in 11.27s',
  ].join('\n');

  test('durations in ms, s and minutes', () => {
    expect(parseDuration('built in 384ms')).toBe(384);
    expect(parseDuration('in 2.5s.')).toBe(2500);
    expect(parseDuration('took 1m 3s')).toBe(63_000);
    expect(parseDuration('no time here')).toBeUndefined();
  });

  test('phases of an Astro build', () => {
    expect(parseBuildPhases(log)).toEqual({ syncMs: 5810, contentSyncS: 3, bundleMs: 2255, renderMs: 1750, imagesMs: undefined, astroTotalMs: 11270 });
  });

  test('route times, grouped by kind, slowest first', () => {
    const routes = parseRouteTimes(
      [
        '10:06:58   ├─ /rss.xml (+3.33s) ',
        '10:07:02   ├─ /stories/quiet-road-00001/index.html (+9ms) ',
        '10:07:02   └─ /stories/quiet-road-00002/index.html (+2ms) ',
        '10:07:02   ├─ /stories/page/2/index.html (+4ms) ',
        '10:07:08   ▶ /_astro/photo.jpg (before: 59kB, after: 86kB) (+39ms) (1/1)',
      ].join('\n'),
    );
    expect(routes).toEqual([
      { path: '/rss.xml', ms: 3330 },
      { path: '/stories/quiet-road-00001/index.html', ms: 9 },
      { path: '/stories/quiet-road-00002/index.html', ms: 2 },
      { path: '/stories/page/2/index.html', ms: 4 },
    ]);
    const summary = summariseRoutes(routes, 2);
    expect(summary.kinds).toEqual([
      { kind: 'feeds', count: 1, ms: 3330 },
      { kind: 'story pages', count: 2, ms: 11 },
      { kind: 'other routes', count: 1, ms: 4 },
    ]);
    expect(summary.slowest.map((r) => r.path)).toEqual(['/rss.xml', '/stories/quiet-road-00001/index.html']);
  });

  test('Pagefind time from its own line, else from its lines’ timestamps, else n/a', () => {
    expect(parsePagefindMs(`${log}\n10:00:01 [pagefind] Indexed 3,912 pages in 2.41s`)).toBe(2410);
    // The wording of src/integrations/search-index.ts (search branch).
    expect(parsePagefindMs(`${log}\n10:00:01 [shared-path:search-index] Pagefind indexed 994 pages in 2315 ms.`)).toBe(2315);
    expect(parsePagefindMs(`${log}\n10:00:01 [pagefind] Building search index\n10:00:04 [pagefind] Wrote the index`)).toBe(3000);
    expect(parsePagefindMs(log)).toBeUndefined();
  });
});

test('CPU times from /usr/bin/time, even after its exit-status line', () => {
  expect(parseCpuTimes('12.31 1.05\n')).toBe(13_360);
  expect(parseCpuTimes('Command exited with non-zero status 1\n0.50 0.25')).toBe(750);
  expect(parseCpuTimes('')).toBeUndefined();
});

test.runIf(process.platform === 'linux')('memory of a process tree is read from /proc', () => {
  expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
});

describe('targets', () => {
  const result = (over: Partial<BenchResult> = {}): BenchResult => ({
    machine: { nproc: 2, memTotalBytes: 8 * 1024 ** 3, node: 'v24.0.0', cpu: 'test', platform: 'linux x64', loadAverage: 0.5 },
    commit: 'abc1234',
    stories: 4000,
    seed: 1,
    markdownBytes: 4000 * 3100,
    images: 200,
    contentChecksMs: 1000,
    cold: { ms: 60_000, cpuMs: 70_000, peakRssBytes: 1.2 * 1024 ** 3, pages: 4000, pagesPerSecond: 66.7, pagefindMs: undefined, phases: {}, routes: { kinds: [], slowest: [] } },
    noChange: { ms: 20_000, cpuMs: undefined, peakRssBytes: 1e9, pages: 4000 },
    oneEdit: { ms: 15_000, cpuMs: undefined, peakRssBytes: 1e9, pages: 4000 },
    withdrawal: { ms: 14_000, cpuMs: undefined, peakRssBytes: 1e9, pages: 3999, slug: 'quiet-harbour-12', traces: [] },
    eleventy: { ms: 20_000, cpuMs: 25_000, pages: 4000 },
    astroBaseline: { ms: 30_000, cpuMs: 35_000, pages: 4000 },
    search: undefined,
    linearity: undefined,
    ...over,
  });
  const verdicts = (r: BenchResult) => Object.fromEntries(checkTargets(r).map((c) => [c.name, c.pass]));
  const cpuVerdicts = (r: BenchResult) => Object.fromEntries(checkTargets(r).map((c) => [c.name, c.cpuPass]));

  test('each target passes or fails on its threshold', () => {
    expect(verdicts(result())).toEqual({
      'cold build vs bare Astro 7 + Pagefind (goal)': true,
      'peak memory (cold build)': true,
      'time per story, 4,000 vs 1,000': undefined,
      'one-story-edit rebuild vs cold': true,
      'withdrawal rebuild vs cold': true,
      'withdrawn story in no output': true,
      'search download, first query': undefined,
      'search download, later query': undefined,
    });
    // 1.5 GiB with less than 200 MiB to spare misses; so does a trace of the withdrawn story.
    const tight = result({ cold: { ...result().cold, peakRssBytes: 1.5 * 1024 ** 3 - 199 * 1024 ** 2 }, withdrawal: { ...result().withdrawal!, traces: ['rss.xml'] } });
    expect(verdicts(tight)).toMatchObject({ 'peak memory (cold build)': false, 'withdrawn story in no output': false });
    expect(checkTargets(tight).find((c) => c.name.startsWith('peak'))).toMatchObject({ value: '1,337 MiB, 199 MiB to spare', target: '≤ 1.5 GiB, ≥ 200 MiB to spare' });
    const query = (q: string, kb: number) => ({ query: q, bytes: kb * 1024, requests: 6, results: 100, loaded: 5, indexBytes: kb * 512, fragmentBytes: kb * 512 });
    expect(verdicts(result({ search: { first: query('a', 150), later: [query('b', 10), query('c', 4)] } }))).toMatchObject({ 'search download, first query': true, 'search download, later query': true });
    expect(verdicts(result({ search: { first: query('a', 151), later: [query('b', 4), query('c', 10.1)] } }))).toMatchObject({ 'search download, first query': false, 'search download, later query': false });
    // The search targets are set for 4,000 stories: a 20,000-story run shows its bytes unjudged.
    const large = checkTargets(result({ stories: 20000, search: { first: query('a', 151), later: [query('b', 11)] } }));
    expect(large.filter((c) => c.name.startsWith('search')).map((c) => [c.pass, c.target])).toEqual([
      [undefined, '≤ 150 KB at 4,000 stories'],
      [undefined, '≤ 10 KB at 4,000 stories'],
    ]);
    const worse = result({
      cold: { ...result().cold, ms: 80_000, peakRssBytes: 1.6 * 1024 ** 3 },
      oneEdit: { ms: 21_000, cpuMs: undefined, peakRssBytes: 1e9, pages: 4000 },
      withdrawal: { ...result().withdrawal!, ms: 20_001 },
      linearity: { small: { stories: 1000, ms: 20_000, cpuMs: undefined }, large: { stories: 4000, ms: 93_000, cpuMs: undefined } },
    });
    expect(verdicts(worse)).toEqual({
      'cold build vs bare Astro 7 + Pagefind (goal)': false,
      'peak memory (cold build)': false,
      'time per story, 4,000 vs 1,000': false,
      'one-story-edit rebuild vs cold': false,
      'withdrawal rebuild vs cold': false,
      'withdrawn story in no output': true,
      'search download, first query': undefined,
      'search download, later query': undefined,
    });
  });

  test('the bare Astro baseline is shown with its ratio to Eleventy, and the time above it phase by phase', () => {
    const phases = { syncMs: 9_000, bundleMs: 6_000, renderMs: 20_000, imagesMs: 3_000 };
    const bare = { ms: 10_000, cpuMs: 12_500, pages: 4000, phases: { syncMs: 2_000, bundleMs: 1_000, renderMs: 4_000 }, pagefindMs: 2_000 };
    const text = formatReport(result({ astroBaseline: bare, cold: { ...result().cold, phases, pagefindMs: 8_000, gates: 1_500 } }));
    expect(text).toMatch(/bare Astro 7 \+ Pagefind, same stories\s+10\.0 s \(CPU 12\.5 s\), 4000 pages, 0\.50 × Eleventy \(0\.50 × on CPU\)/);
    expect(text).toContain('rendering pages: 20.0 s / 4.0 s / 16.0 s: listings');
    expect(text).toContain('deploy gates: 1.5 s / 0.0 s / 1.5 s: no trace of a withdrawn story');
    // The rest: 60 s - (9 + 6 + 20 + 3 + 8 + 1.5) = 12.5 s against 10 - (2 + 1 + 4 + 0 + 2 + 0) = 1 s.
    expect(text).toContain('the rest (start, hooks, writing, headers): 12.5 s / 1.0 s / 11.5 s');
    const skipped = result({ astroBaseline: undefined });
    expect(formatReport(skipped)).toMatch(/bare Astro 7 \+ Pagefind, same stories\s+n\/a \(skipped\)/);
    expect(formatReport(skipped)).toContain('Where the time above bare Astro goes: n/a');
    expect(verdicts(skipped)['cold build vs bare Astro 7 + Pagefind (goal)']).toBeUndefined();
    expect(formatReport(result({ astroBaseline: { error: 'the bare Astro build wrote no Pagefind index' } }))).toContain('n/a (the bare Astro build wrote no Pagefind index)');
  });

  test('time targets are also judged on CPU time, where it was measured', () => {
    // Wall 2.0 × but CPU 100 s / 35 s = 2.9 ×: a busy machine can flatter or hide a ratio.
    const r = result({ cold: { ...result().cold, cpuMs: 100_000 } });
    expect(cpuVerdicts(r)).toMatchObject({ 'cold build vs bare Astro 7 + Pagefind (goal)': false, 'one-story-edit rebuild vs cold': undefined });
    expect(verdicts(r)['cold build vs bare Astro 7 + Pagefind (goal)']).toBe(true);
  });

  test('20,000 stories are judged against 4 GB', () => {
    const big = result({ stories: 20_000, cold: { ...result().cold, peakRssBytes: 3 * 1024 ** 3 } });
    expect(checkTargets(big).find((c) => c.name.startsWith('peak memory'))).toMatchObject({ target: '≤ 4 GiB', pass: true });
  });

  test('the text report prints every figure, "n/a" where not measured', () => {
    const text = formatReport(result({ search: { error: 'no /pagefind/ in dist: search not built' } }));
    for (const figure of ['cold build', 'no-change rebuild', 'one-story-edit rebuild', 'withdrawal rebuild (one story withdrawn)', 'npm run verify, cold / after the edit', 'peak memory', 'pages per second', 'Pagefind indexing', 'search bytes, first query', 'search bytes, later queries']) {
      expect(text).toContain(figure);
    }
    expect(text).toMatch(/search bytes, first query\s+n\/a \(no \/pagefind\/ in dist/);
    expect(text).toMatch(/cold build vs bare Astro 7 \+ Pagefind \(goal\)\s+≤ 2 ×\s+2\.00 ×\s+PASS\s+2\.00 ×\s+PASS/);
    expect(text).toMatch(/one-story-edit rebuild vs cold\s+≤ 25 %\s+25 %\s+PASS\s+n\/a/);
    expect(text).toMatch(/withdrawal rebuild \(one story withdrawn\)\s+14\.0 s, peak 954 MB, "quiet-harbour-12" in no output/);
    expect(text).toMatch(/cold build\s+60\.0 s .*\n[\s\S]*Eleventy 3, same stories as bare pages\s+20\.0 s \(CPU 25\.0 s\), 4000 pages; cold build 3\.0 × Eleventy/);
    expect(text).toMatch(/npm run verify, cold \/ after the edit\s+n\/a \(skipped\)/);
    const verified = formatReport(result({ verify: { cold: { ms: 15_000, cpuMs: 20_000, findings: 0 }, repeat: { ms: 3_000, cpuMs: 2_500, findings: 0 } } }));
    expect(verified).toMatch(/npm run verify, cold \/ after the edit\s+15\.0 s \(CPU 20\.0 s\) \/ 3\.0 s \(CPU 2\.5 s\), 0 findings/);
  });

  test('search figures show where the bytes went', () => {
    const q = { query: 'orchard', bytes: 17 * 1024, requests: 6, results: 3015, loaded: 5, indexBytes: 11 * 1024, fragmentBytes: 6 * 1024 };
    const rare = { ...q, query: 'borrowed', bytes: 7 * 1024, results: 200, indexBytes: 1024 };
    const text = formatReport(result({ search: { first: { ...q, query: 'lighthouse', bytes: 130 * 1024 }, later: [q, rare] } }));
    expect(text).toMatch(/search bytes, later query 1 +17\.0 KB in 6 requests \("orchard", 3015 results, 5 loaded: index 11\.0 KB, results 6\.0 KB\)/);
    expect(text).toMatch(/search bytes, later query 2 +7\.0 KB in 6 requests \("borrowed", 200 results/);
    // Each later query must meet the target: the heaviest is judged.
    expect(text).toMatch(/search download, later query\s+≤ 10 KB\s+17\.0 KB \("orchard"\)\s+FAIL/);
  });
});
