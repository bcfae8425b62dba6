/**
 * Every rule of the editors' contract, accepting and rejecting, checked over small
 * content sets on disk exactly as the build checks them (no Astro build needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { pinBuildNow, unpinBuildNow } from '../../src/lib/dates';
import { contextFromEnv } from '../../src/lib/publishing';
import { checkContent, checkContentOncePerBuild } from '../../src/lib/validation/check';
import { formatReport } from '../../src/lib/validation/issues';
import { episodeGuid, podcastGuid } from '../../src/lib/uuid';
import { BASE_FIXTURE, episodeFile, makeFixture, storyFile } from '../helpers/fixture';

const context = { now: new Date('2026-11-01T00:00:00Z') };
const STORY = 'src/content/stories/x.md';
const EPISODE = 'src/content/episodes/ep.md';

async function check(files: Record<string, string | Buffer | null>, now = context.now) {
  const root = makeFixture('rules', { files });
  const all = await checkContent(root, { context: { now } });
  // The fixtures' episodes have no transcript: that warning has its own test (noTranscript).
  const noTranscript = all.issues.filter((i) => i.severity === 'warning' && i.field === 'transcript');
  const result = { ...all, issues: all.issues.filter((i) => !noTranscript.includes(i)) };
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  return { ...result, errors, warnings, noTranscript, report: formatReport(result.issues) };
}

const consent = (lines: string) => `\n  recordId: "C-2026-099"\n${lines}`;

test('the base fixture is clean', async () => {
  const { issues } = await check({});
  expect(issues).toEqual([]);
});

test('within one build the post-build gates reuse the content checks instead of running them again', async () => {
  // The build pins its clock at the start (content-checks integration); without the pin,
  // "now" moved on between the checks and the gates and everything was checked twice.
  const root = makeFixture('rules', { files: {} });
  try {
    pinBuildNow();
    const atStart = checkContentOncePerBuild(root, { context: contextFromEnv({}) });
    await atStart;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(checkContentOncePerBuild(root, { context: contextFromEnv({}) })).toBe(atStart);
  } finally {
    unpinBuildNow();
  }
});

describe('consent', () => {
  test('scope must not be empty', async () => {
    const bad = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: []') }) });
    expect(bad.errors).toMatchObject([{ file: STORY, field: 'consent.scope', line: 9 }]);
    expect(bad.errors[0]!.message).toMatch(/at least one consent scope/);
  });
  test('scope values come from the vocabulary', async () => {
    const bad = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web, radio]') }) });
    expect(bad.errors).toMatchObject([{ file: STORY, field: 'consent.scope.1' }]);
    expect(bad.errors[0]!.message).toMatch(/web, search, feeds, podcast/);
  });
  test('consent is required', async () => {
    const bad = await check({ [STORY]: storyFile({ consent: '' }) });
    expect(bad.errors).toMatchObject([{ field: 'consent', message: expect.stringMatching(/required/) }]);
  });
  test('given must not be after published; the same day is fine', async () => {
    const bad = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-03-15\n  scope: [web]') }) });
    expect(bad.errors).toMatchObject([{ file: STORY, field: 'consent.given', line: 8 }]);
    const good = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-03-14\n  scope: [web]') }) });
    expect(good.errors).toEqual([]);
  });
  test('reviewBy in the past is a warning naming the file; in the future, nothing', async () => {
    const due = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web]\n  reviewBy: 2026-10-01') }) });
    expect(due.errors).toEqual([]);
    expect(due.warnings).toMatchObject([{ file: STORY, field: 'consent.reviewBy', message: expect.stringMatching(/2026-10-01.*C-2026-099/) }]);
    const later = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web]\n  reviewBy: 2027-02-28') }) });
    expect(later.issues).toEqual([]);
  });
  test('reviewBy is due on its day, even late in it, and past due from the next', async () => {
    const evening = new Date('2026-11-01T21:00:00Z');
    const today = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web]\n  reviewBy: 2026-11-01') }) }, evening);
    expect(today.issues).toEqual([]);
    const yesterday = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web]\n  reviewBy: 2026-10-31') }) }, evening);
    expect(yesterday.warnings).toMatchObject([{ field: 'consent.reviewBy', message: expect.stringMatching(/due on 2026-10-31/) }]);
  });
  test('a misspelt consent field is an error with a suggestion, never ignored', async () => {
    const bad = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web]\n  withdrawm: 2026-06-01') }) });
    expect(bad.errors).toMatchObject([{ field: 'consent.withdrawm', line: 10, message: expect.stringMatching(/did you mean "withdrawn"/) }]);
  });
});

test('the word TODO in a title or the text is not a placeholder; "TODO:" and a bare TODO value are', async () => {
  const prose = await check({ [STORY]: storyFile({ title: '"Keeping a TODO list"' }, 'Every morning I wrote a TODO list, and crossed one thing off.') });
  expect(prose.errors).toEqual([]);
  const left = await check({ [STORY]: storyFile({ title: '"TODO: the story\'s headline"', consent: consent('  given: 2026-02-28\n  scope:\n    - TODO') }, 'TODO: the story.') });
  expect(left.errors.map((e) => [e.line, e.field])).toEqual([
    [2, 'title'],
    [10, 'consent.scope'],
    [13, 'body'],
  ]);
});

test('an invisible control character is an error naming file, line, column and character, in stories and data files alike', async () => {
  const topics = '- id: alcohol\n  name: Alcohol\n  description: Living free\f of alcohol.\n- id: family\n  name: Family\n  description: Family.\n';
  const bad = await check({ 'src/content/topics.yaml': topics, [STORY]: storyFile({ summary: '"A 🌱 summary\u0007."' }, 'A body.\n\nA second\u000b paragraph.') });
  expect(bad.errors.map((e) => [e.file, e.line, e.field, e.message.slice(0, 66)])).toEqual([
    [STORY, 3, 'summary', 'holds an invisible control character (U+0007) at column 22, often '],
    [STORY, 14, 'body', 'holds an invisible control character (U+000B) at column 9, often p'],
    ['src/content/topics.yaml', 3, undefined, 'holds an invisible control character (U+000C) at column 27, often '],
  ]);
});

describe('dates', () => {
  test.each(['2026-02-30', '2026-13-45', '"2026-02-30"'])('impossible date %s is an error', async (date) => {
    const bad = await check({ [STORY]: storyFile({ published: date }) });
    expect(bad.errors).toMatchObject([{ file: STORY, field: 'published', line: 5, message: expect.stringMatching(/not a real day/) }]);
  });
  test('updated must not be before published', async () => {
    const bad = await check({ [STORY]: storyFile({ updated: '2026-03-01' }) });
    expect(bad.errors).toMatchObject([{ file: STORY, field: 'updated', message: expect.stringMatching(/before published/) }]);
    expect((await check({ [STORY]: storyFile({ updated: '2026-04-01' }) })).errors).toEqual([]);
  });
});

describe('vocabularies, topics and images', () => {
  test('paths and content warnings come from the vocabulary', async () => {
    const bad = await check({ [STORY]: storyFile({ paths: '[twelve-step, yoga]', contentWarnings: '[relapse, gore]' }) });
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['contentWarnings.1', 'paths.1']);
    const good = await check({ [STORY]: storyFile({ paths: '[twelve-step, holistic]', contentWarnings: '[relapse]' }) });
    expect(good.errors).toEqual([]);
  });
  test('topic ids must exist in topics.yaml', async () => {
    const bad = await check({ [STORY]: storyFile({ topics: '[alcohol, gambling]' }) });
    expect(bad.errors).toMatchObject([{ file: STORY, field: 'topics', message: expect.stringMatching(/"gambling" is not an id/) }]);
    expect(bad.errors[0]!.message).not.toContain('did you mean');
    const capitals = await check({ [STORY]: storyFile({ topics: '[Alcohol]' }) });
    expect(capitals.errors).toMatchObject([{ field: 'topics', message: expect.stringContaining('"Alcohol" is not an id in src/content/topics.yaml; did you mean "alcohol"?') }]);
  });
  test('an image needs alt text and an existing file', async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const noAlt = await check({ [STORY]: storyFile({ image: '\n  src: ./x.jpg' }), 'src/content/stories/x.jpg': photo });
    expect(noAlt.errors).toMatchObject([{ field: 'image.alt', message: expect.stringMatching(/required whenever image is present/) }]);
    const missing = await check({ [STORY]: storyFile({ image: '\n  src: ./nope.jpg\n  alt: "A cup"' }) });
    expect(missing.errors).toMatchObject([{ field: 'image.src', message: expect.stringMatching(/does not exist/) }]);
    const good = await check({ [STORY]: storyFile({ image: '\n  src: ./x.jpg\n  alt: "A cup"' }), 'src/content/stories/x.jpg': photo });
    expect(good.errors).toEqual([]);
  });
  test('podcast artwork must be square RGB, 1400-3000 px', async () => {
    const small = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#123' } }).png().toBuffer();
    const bad = await check({ 'src/content/podcast-artwork.png': small });
    expect(bad.errors.length).toBeGreaterThan(0);
    expect(bad.errors.every((e) => e.file === 'src/content/podcast.yaml' && e.field === 'image')).toBe(true);
    expect(bad.errors.map((e) => e.message).join('\n')).toMatch(/1400×1000 px; podcast artwork must be square/);
  });
  test('podcast artwork with transparency is refused (Apple Podcasts does not take an alpha channel)', async () => {
    const art = (channels: 3 | 4) => sharp({ create: { width: 1400, height: 1400, channels, background: { r: 10, g: 20, b: 30, alpha: 1 } } }).png().toBuffer();
    const bad = await check({ 'src/content/podcast-artwork.png': await art(4) });
    expect(bad.errors).toMatchObject([{ file: 'src/content/podcast.yaml', field: 'image', message: expect.stringContaining('transparency (alpha) channel') }]);
    expect((await check({ 'src/content/podcast-artwork.png': await art(3) })).errors).toEqual([]);
  });
});

describe('episodes', () => {
  const story = (scope: string, extra = '') => storyFile({ consent: consent(`  given: 2026-02-28\n  scope: [${scope}]${extra}`) });
  test('a referenced story must exist', async () => {
    const bad = await check({ [EPISODE]: episodeFile({ stories: '[ghost]' }) });
    expect(bad.errors).toMatchObject([{ file: EPISODE, field: 'stories', message: expect.stringMatching(/src\/content\/stories\/ghost\.md/) }]);
  });
  test('a referenced story needs podcast consent: error naming both files', async () => {
    const bad = await check({ [STORY]: story('web, search'), [EPISODE]: episodeFile({ stories: '[x]' }) });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ file: EPISODE, field: 'stories', line: 11 });
    expect(bad.errors[0]!.message).toContain(STORY);
    const good = await check({ [STORY]: story('web, podcast'), [EPISODE]: episodeFile({ stories: '[x]' }) });
    expect(good.errors).toEqual([]);
  });
  test('a referenced story must not be withdrawn: error naming both files', async () => {
    const bad = await check({ [STORY]: story('web, podcast', '\n  withdrawn: 2026-06-01'), [EPISODE]: episodeFile({ stories: '[x]' }) });
    expect(bad.errors).toMatchObject([{ file: EPISODE, message: expect.stringContaining(`${STORY}) has withdrawn consent`) }]);
  });
  test('episode numbers are unique within a season: error naming both files', async () => {
    const other = 'src/content/episodes/other.md';
    const bad = await check({ [EPISODE]: episodeFile(), [other]: episodeFile({ title: '"Another"' }) });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]!.message).toMatch(/season 1, episode 1 is already used by src\/content\/episodes\/(ep|other)\.md/);
    const good = await check({ [EPISODE]: episodeFile(), [other]: episodeFile({ season: '2' }) });
    expect(good.errors).toEqual([]);
  });
  test('a trailer or bonus shares the numbering of its season: numbered like a full episode of that season, it is an error', async () => {
    // The contract's "unique within its season" holds for every type: each default guid is made from season and number.
    const trailer = 'src/content/episodes/trailer.md';
    const bad = await check({ [EPISODE]: episodeFile({ season: '1' }), [trailer]: episodeFile({ title: '"Trailer"', episodeType: 'trailer', season: '1' }) });
    expect(bad.errors).toMatchObject([{ field: 'episode', message: expect.stringMatching(/season 1, episode 1 is already used by .*trailers and bonus episodes too/) }]);
    // Without a season it counts as season 1, as its guid does, even where the feed names no season for it.
    const seasonless = await check({ [EPISODE]: episodeFile({ season: '1' }), [trailer]: episodeFile({ title: '"Trailer"', episodeType: 'bonus' }) });
    expect(seasonless.errors.map((e) => e.field)).toEqual(['episode']);
    const good = await check({ [EPISODE]: episodeFile({ season: '1', episode: '2' }), [trailer]: episodeFile({ title: '"Trailer"', episodeType: 'trailer', season: '1' }) });
    expect(good.errors).toEqual([]);
  });
  test('audio fields are checked', async () => {
    const bad = await check({
      [EPISODE]: episodeFile({ audio: '\n  url: "media/ep1.mp3"\n  bytes: 0\n  type: audio/wav\n  duration: "42 minutes"' }),
    });
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['audio.bytes', 'audio.duration', 'audio.type', 'audio.url']);
  });
  test('site-path audio missing from public/ is a warning naming the field; present or on a media host, nothing', async () => {
    const apart = await check({ [EPISODE]: episodeFile({ audio: '\n  url: "/audio/ep%201.mp3"\n  bytes: 10\n  type: audio/mpeg\n  duration: "10:00"' }) });
    expect(apart.errors).toEqual([]);
    expect(apart.warnings).toMatchObject([{ file: EPISODE, field: 'audio.url', line: expect.any(Number), message: expect.stringContaining('not in public/ (no public/audio/ep 1.mp3)') }]);
    const present = await check({
      [EPISODE]: episodeFile({ audio: '\n  url: "/audio/ep%201.mp3"\n  bytes: 10\n  type: audio/mpeg\n  duration: "10:00"' }),
      'public/audio/ep 1.mp3': Buffer.from('ID3 + data'),
    });
    expect(present.issues).toEqual([]);
    // Present, but not the size the feed will announce.
    const otherSize = await check({
      [EPISODE]: episodeFile({ audio: '\n  url: "/audio/ep%201.mp3"\n  bytes: 999999\n  type: audio/mpeg\n  duration: "10:00"' }),
      'public/audio/ep 1.mp3': Buffer.from('ID3 + data'),
    });
    expect(otherSize.errors).toEqual([]);
    expect(otherSize.warnings).toMatchObject([{ field: 'audio.bytes', message: 'is 999999, but public/audio/ep 1.mp3 is 10 bytes; write bytes: 10, the size podcast apps are told to expect.' }]);
    expect((await check({ [EPISODE]: episodeFile() })).issues).toEqual([]);
  });
  test('an explicit guid may not repeat another episode\'s guid, given or derived', async () => {
    const other = 'src/content/episodes/other.md';
    // Episode 1's default guid, as the feed writes it (no guid in the fixture's podcast.yaml).
    const derived = episodeGuid(podcastGuid('https://sharedpath.example.org/podcast/feed.xml'), { episode: 1, season: 1 });
    const clash = await check({ [EPISODE]: episodeFile(), [other]: episodeFile({ title: '"Imported"', episode: '2', guid: `"${derived}"` }) });
    expect(clash.errors).toMatchObject([{ file: other, field: 'guid', line: expect.any(Number), message: expect.stringContaining(`the same as the guid of ${EPISODE}`) }]);
    const given = await check({ [EPISODE]: episodeFile({ guid: '"imported-1"' }), [other]: episodeFile({ title: '"Imported"', episode: '2', guid: '"imported-1"' }) });
    expect(given.errors).toHaveLength(1);
    expect(given.errors[0]!.field).toBe('guid');
    const distinct = await check({ [EPISODE]: episodeFile(), [other]: episodeFile({ title: '"Imported"', episode: '2', guid: '"imported-2"' }) });
    expect(distinct.errors).toEqual([]);
  });
  test('an episode without a transcript is a warning (audio alone shuts out readers who cannot hear it)', async () => {
    const without = await check({ [EPISODE]: episodeFile() });
    expect(without.errors).toEqual([]);
    expect(without.noTranscript).toMatchObject([{ file: EPISODE, field: 'transcript', message: expect.stringContaining('has no transcript') }]);
    expect((await check({ [EPISODE]: episodeFile({ transcript: './ep.vtt' }), 'src/content/episodes/ep.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi.\n' })).noTranscript).toEqual([]);
  });
  test('a transcript must exist beside the episode', async () => {
    const bad = await check({ [EPISODE]: episodeFile({ transcript: './ep.vtt' }) });
    expect(bad.errors).toMatchObject([{ field: 'transcript', message: expect.stringMatching(/does not exist/) }]);
    const good = await check({ [EPISODE]: episodeFile({ transcript: './ep.vtt' }), 'src/content/episodes/ep.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n' });
    expect(good.errors).toEqual([]);
    const srt = await check({ [EPISODE]: episodeFile({ transcript: './ep.srt' }), 'src/content/episodes/ep.srt': '1\n00:00:00,000 --> 00:00:02,000\nHello.\n' });
    expect(srt.errors).toEqual([]);
  });
  test('a transcript must hold cues in its format', async () => {
    for (const [file, text] of [['ep.vtt', 'Hello, this is a text file.\n'], ['ep.vtt', 'WEBVTT\n'], ['ep.srt', 'Just words.\n'], ['ep.vtt', '00:00:00.000 --> 00:00:02.000\nNo header.\n']] as const) {
      const bad = await check({ [EPISODE]: episodeFile({ transcript: `./${file}` }), [`src/content/episodes/${file}`]: text });
      expect(bad.errors, `${file}: ${text}`).toMatchObject([{ field: 'transcript', message: expect.stringContaining('holds no') }]);
    }
  });
});

describe('meetings and helplines', () => {
  const MEETINGS = 'src/content/meetings.yaml';
  const meeting = (format: string, extra: string) =>
    `- id: m1\n  name: Circle\n  format: ${format}\n  day: tuesday\n  start: "19:30"\n  durationMinutes: 60\n  timezone: America/Chicago\n${extra}`;
  const where = '  location: { name: Hall, address: 1 Example St }\n';
  const join = '  join: https://meet.example.org/c\n';
  test.each([
    ['in-person', '', ['[0].location']],
    ['online', '', ['[0].join']],
    ['hybrid', where, ['[0].join']],
    ['hybrid', join, ['[0].location']],
  ])('%s meeting without what it needs', async (format, extra, fields) => {
    const bad = await check({ [MEETINGS]: meeting(format, extra) });
    expect(bad.errors.map((e) => e.field?.replace(/^0\./, '[0].'))).toEqual(fields.map((f) => f.replace('[0].', '')));
  });
  test.each([
    ['in-person', where],
    ['online', join],
    ['hybrid', where + join],
  ])('%s meeting with what it needs', async (format, extra) => {
    expect((await check({ [MEETINGS]: meeting(format, extra) })).errors).toEqual([]);
  });
  test('the time zone must be a real IANA zone', async () => {
    const bad = await check({ [MEETINGS]: meeting('online', join).replace('America/Chicago', 'Mars/Olympus') });
    expect(bad.errors).toMatchObject([{ file: MEETINGS, field: 'timezone', line: 7 }]);
  });
  test('at least one helpline', async () => {
    expect((await check({ 'src/content/helplines.yaml': '[]\n' })).errors).toMatchObject([{ message: expect.stringMatching(/no crisis line/) }]);
    expect((await check({ 'src/content/helplines.yaml': null })).errors).toMatchObject([{ message: expect.stringMatching(/is missing/) }]);
  });
  test('lastVerified over a year old is a warning', async () => {
    const stale = '- id: l\n  name: Line\n  country: US\n  phone: "988"\n  hours: 24/7\n  lastVerified: 2025-06-01\n';
    const result = await check({ 'src/content/helplines.yaml': stale });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toMatchObject([{ file: 'src/content/helplines.yaml', line: 6 }]);
    const fresh = await check({ 'src/content/helplines.yaml': stale.replace('2025-06-01', '2026-06-01') });
    expect(fresh.issues).toEqual([]);
  });
});

describe('anonymity', () => {
  test.each([
    ['(312) 555-0199', 'phone number', '(3**) ***-**99'],
    ['+44 20 7946 0958', 'phone number', '+4* ** **** **58'],
    ['name@example.com', 'email address', 'n***@***'],
    ['@quietriver', 'social-media handle', '@q***'],
    ['https://www.tiktok.com/@quietriver', 'social-media profile link', 'www.tiktok.com/***'],
  ])('%s in the body fails, masked, with file and line', async (detail, kind, masked) => {
    const bad = await check({ [STORY]: storyFile({}, `First line.\n\nReach me at ${detail} any time.`) });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ file: STORY, line: 14, field: 'body' });
    expect(bad.errors[0]!.message).toContain(kind);
    expect(bad.errors[0]!.message).toContain(masked);
    expect(bad.report).not.toContain(detail);
  });
  test('the storyteller\'s name and the photo\'s alt text are checked too, and the consent record id always', async () => {
    const files = {
      [STORY]: storyFile({
        storyteller: '"Jane, 07700 900123"',
        image: '\n  src: ./photo.jpg\n  alt: "Jane (jane.doe@example.com) with coffee"',
        consent: consent('  given: 2026-02-28\n  scope: [web]').replace('C-2026-099', 'Jane Smith jane.doe@example.com'),
      }),
      'src/content/stories/photo.jpg': await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg().toBuffer(),
    };
    const bad = await check(files);
    expect(bad.errors.map((e) => e.field).sort()).toEqual(['consent.recordId', 'image.alt', 'storyteller']);
    expect(bad.report).not.toMatch(/07700 900123|jane\.doe@example\.com/);
    // A record id that only looks like a phone number stays fine.
    const id = await check({ [STORY]: storyFile({ consent: consent('  given: 2026-02-28\n  scope: [web]').replace('C-2026-099', '2026-0142') }) });
    expect(id.errors).toEqual([]);
  });
  test('a note left after TODO: is not quoted back, and its contact details are still reported, masked', async () => {
    const bad = await check({ [STORY]: storyFile({}, 'A body.\n\nTODO: ask Jane on 07700 900123 whether this is ok') });
    expect(bad.errors.map((e) => [e.field, e.message.slice(0, 40)]).sort()).toEqual([
      ['body', 'contains a phone number (0**** ****23) b'],
      ['body', 'still holds a placeholder from `npm run '],
    ]);
    expect(bad.report).not.toContain('07700 900123');
  });
  test('title and summary are checked too', async () => {
    const bad = await check({ [STORY]: storyFile({ title: '"Call 312-555-0199"', summary: '"Mail me: a.b@example.org"' }) });
    expect(bad.errors.map((e) => [e.field, e.line])).toEqual([['title', 2], ['summary', 3]]);
  });
  test('a named story (anonymous: false) may include contact details', async () => {
    expect((await check({ [STORY]: storyFile({ anonymous: 'false' }, 'Write to name@example.com') })).errors).toEqual([]);
  });
  test('anonymityAllow lists exact false positives', async () => {
    const files = { [STORY]: storyFile({ anonymityAllow: '["@home_group"]' }, 'We call it @home_group.') };
    expect((await check(files)).errors).toEqual([]);
  });
  test('crisis-line numbers from helplines.yaml are allowed', async () => {
    expect((await check({ [STORY]: storyFile({}, 'I called 1-800-662-4357 at 3 am.') })).errors).toEqual([]);
  });
});

test('every problem in a content set is reported in one run', async () => {
  const result = await check({
    [STORY]: storyFile({ published: '2026-02-30' }, 'Ring me on (312) 555-0199.'),
    'src/content/stories/y.md': storyFile({ contentWarnings: '[gore]' }),
    [EPISODE]: episodeFile({ episode: '0' }),
  });
  expect(result.errors.map((e) => `${e.file} ${e.field}`).sort()).toEqual([
    `${EPISODE} episode`,
    `${STORY} body`,
    `${STORY} published`,
    'src/content/stories/y.md contentWarnings.0',
  ]);
  expect(result.report).toMatch(/^4 errors:/);
});

test('missing front matter and broken YAML are reported with a line', async () => {
  const result = await check({
    [STORY]: 'Just text, no front matter.\n',
    'src/content/stories/y.md': '---\ntitle: "unclosed\nsummary: x\n---\nBody\n',
  });
  expect(result.errors.map((e) => e.file).sort()).toEqual([STORY, 'src/content/stories/y.md']);
  expect(result.errors.every((e) => typeof e.line === 'number')).toBe(true);
});

test('a Markdown file the site would not read (.MD, .markdown) is an error naming it, not a silent skip', async () => {
  const bad = await check({ 'src/content/stories/shouting.MD': storyFile(), 'src/content/guides/long-name.markdown': storyFile() });
  expect(bad.errors.map((e) => `${e.file} ${e.message}`).sort()).toEqual([
    'src/content/guides/long-name.markdown is not read: only files ending in .md or .mdx (lower case) are published. Rename it to long-name.md.',
    'src/content/stories/shouting.MD is not read: only files ending in .md or .mdx (lower case) are published. Rename it to shouting.md.',
  ]);
});

test('file names must be usable as page addresses', async () => {
  const result = await check({ 'src/content/stories/My Story.md': storyFile() });
  expect(result.errors).toMatchObject([{ file: 'src/content/stories/My Story.md', message: expect.stringMatching(/lower-case/) }]);
});

describe('what podcast apps would refuse: warnings, never errors', () => {
  const audio = (url: string, type: string) => `\n  url: "${url}"\n  bytes: 10\n  type: ${type}\n  duration: "10:00"`;
  test('audio Apple Podcasts does not play, and a type that disagrees with the file name', async () => {
    const ogg = await check({ [EPISODE]: episodeFile({ audio: audio('https://media.example.org/ep.ogg', 'audio/ogg') }) });
    expect(ogg.errors).toEqual([]);
    expect(ogg.warnings).toMatchObject([{ file: EPISODE, field: 'audio.type', message: expect.stringContaining('not in Apple Podcasts') }]);
    const mismatch = await check({ [EPISODE]: episodeFile({ audio: audio('https://media.example.org/ep.mp3?v=2', 'audio/x-m4a') }) });
    expect(mismatch.warnings).toMatchObject([{ field: 'audio.type', message: expect.stringContaining('the file ends in .mp3 (audio/mpeg)') }]);
    for (const [url, type] of [['https://media.example.org/ep.mp3', 'audio/mpeg'], ['https://media.example.org/ep.m4a', 'audio/x-m4a'], ['https://media.example.org/stream', 'audio/mpeg']]) {
      expect((await check({ [EPISODE]: episodeFile({ audio: audio(url!, type!) }) })).issues, url).toEqual([]);
    }
  });
  test('audio over http is a warning (the page\'s player and some apps refuse it); another scheme is an error', async () => {
    const http = await check({ [EPISODE]: episodeFile({ audio: audio('http://media.example.org/ep.mp3', 'audio/mpeg') }) });
    expect(http.errors).toEqual([]);
    expect(http.warnings).toMatchObject([{ field: 'audio.url', message: expect.stringContaining('is an http:// address') }]);
    const ftp = await check({ [EPISODE]: episodeFile({ audio: audio('ftp://media.example.org/ep.mp3', 'audio/mpeg') }) });
    expect(ftp.errors).toMatchObject([{ field: 'audio.url', message: expect.stringContaining('must be an absolute URL (https://...)') }]);
  });
  test('an episode title over Apple\'s 255 characters, and a show description over 4,000 bytes', async () => {
    const long = await check({ [EPISODE]: episodeFile({ title: `"${'a'.repeat(256)}"` }) });
    expect(long.errors).toEqual([]);
    expect(long.warnings).toMatchObject([{ field: 'title', message: 'is 256 characters; Apple Podcasts takes at most 255 and cuts the rest.' }]);
    const show = readFileSync(join(BASE_FIXTURE, 'src/content/podcast.yaml'), 'utf8').replace(/^description: .*$/m, `description: "${'é'.repeat(2001)}"`);
    const wide = await check({ 'src/content/podcast.yaml': show });
    expect(wide.errors).toEqual([]);
    expect(wide.warnings).toMatchObject([{ file: 'src/content/podcast.yaml', field: 'description', message: expect.stringMatching(/^is 4002 bytes; Apple Podcasts shows at most 4,000/) }]);
  });
  test('a description over Apple\'s 4,000 bytes, counted with the content-warning line', async () => {
    const summary = (text: string) => `"${text}"`;
    const long = await check({ [EPISODE]: episodeFile({ summary: summary('é'.repeat(2000)), contentWarnings: '[relapse]' }) });
    expect(long.errors).toEqual([]);
    expect(long.warnings).toMatchObject([{ field: 'summary', message: expect.stringMatching(/is 40\d\d bytes; Apple Podcasts shows at most 4,000/) }]);
    expect((await check({ [EPISODE]: episodeFile({ summary: summary('e'.repeat(3900)) }) })).issues).toEqual([]);
  });
});

describe('chapters', () => {
  const chapters = (...starts: string[]) => starts.map((start, i) => `\n  - { start: "${start}", title: "Part ${i + 1}" }`).join('');
  test('must be in the order they play: an error naming the chapter and both times', async () => {
    const bad = await check({ [EPISODE]: episodeFile({ chapters: chapters('00:00:00', '00:10:00', '00:05:00') }) });
    expect(bad.errors).toMatchObject([{ file: EPISODE, field: 'chapters', line: expect.any(Number), message: expect.stringContaining('chapter "Part 3" starts at 5:00, not after the chapter before it (10:00)') }]);
    expect((await check({ [EPISODE]: episodeFile({ chapters: chapters('00:00', '01:00', '00:20:00') }) })).issues).toEqual([]);
  });
  test('a chapter at or after the end of the audio is a warning', async () => {
    const late = await check({ [EPISODE]: episodeFile({ chapters: chapters('00:00:00', '00:50:00') }) });
    expect(late.errors).toEqual([]);
    expect(late.warnings).toMatchObject([{ field: 'chapters', message: expect.stringContaining('at or after the end of the audio (audio.duration 42:10)') }]);
  });
});
