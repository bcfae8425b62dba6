/**
 * topics.yaml, meetings.yaml and helplines.yaml: ids, time zones and ways to reach a
 * crisis line, checked over small content sets on disk exactly as the build checks them.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/validation/check';
import { formatReport } from '../../src/lib/validation/issues';
import { makeFixture, storyFile } from '../helpers/fixture';

const context = { now: new Date('2026-11-01T00:00:00Z') };
const TOPICS = 'src/content/topics.yaml';
const MEETINGS = 'src/content/meetings.yaml';
const HELPLINES = 'src/content/helplines.yaml';
const STORY = 'src/content/stories/x.md';

async function check(files: Record<string, string | null>) {
  const root = makeFixture('data-files', { files });
  const result = await checkContent(root, { context });
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  return { ...result, errors, warnings, report: formatReport(result.issues) };
}

const meeting = (id: string, timezone: string) =>
  `- id: ${id}\n  name: Circle\n  format: online\n  day: tuesday\n  start: "19:30"\n  durationMinutes: 60\n  timezone: ${timezone}\n  join: https://meet.example.org/c\n`;
const topic = (id: string) => `- id: ${id}\n  name: A topic\n  description: About it.\n`;
const helpline = (id: string, contact = '  phone: "988"\n') => `- id: ${id}\n  name: Line ${id}\n  country: US\n${contact}  hours: 24/7\n`;

describe('meeting time zones', () => {
  test('a wrongly capitalised zone is an error with file, line, field and the canonical spelling', async () => {
    const bad = await check({ [MEETINGS]: meeting('m1', 'europe/london') });
    expect(bad.errors).toMatchObject([{ file: MEETINGS, line: 7, field: 'timezone' }]);
    expect(bad.errors[0]!.message).toContain('did you mean "Europe/London"?');
    expect(bad.report).toContain(`${MEETINGS}:7  timezone: "europe/london"`);
  });

  test.each([
    ['America/New York', 'America/New_York'],
    ['London', 'Europe/London'],
    ['america/chicgo', 'America/Chicago'],
    // Current names, not old aliases.
    ['Calcutta', 'Asia/Kolkata'],
    ['Kiev', 'Europe/Kyiv'],
    // Names that never change for summer: a New York meeting as "EST" is an hour off half the year.
    ['EST', 'America/New_York'],
    ['HST', 'Pacific/Honolulu'],
  ])('"%s" suggests "%s"', async (written, suggested) => {
    const bad = await check({ [MEETINGS]: meeting('m1', `"${written}"`) });
    expect(bad.errors).toMatchObject([{ field: 'timezone', message: expect.stringContaining(`did you mean "${suggested}"?`) }]);
  });

  test('a name nothing resembles says what to write instead', async () => {
    const bad = await check({ [MEETINGS]: meeting('m1', 'Mars/Olympus') });
    expect(bad.errors).toMatchObject([{ field: 'timezone', line: 7 }]);
    expect(bad.errors[0]!.message).toMatch(/IANA time zone name.*"Europe\/London"/);
  });

  test.each(['GMT', 'UTC', 'Etc/UTC', 'US/Eastern', 'Asia/Calcutta', 'Europe/Kiev', 'Europe/Kyiv', 'Etc/GMT+5', 'EST5EDT'])(
    'the IANA name or backward-compatible link %s is accepted',
    async (zone) => {
      expect((await check({ [MEETINGS]: meeting('m1', zone) })).errors).toEqual([]);
    },
  );

  test.each(['CT', '"+05:00"', 'Europe', 'America/Indiana', '" Europe/London"'])('%s is not a zone the calendar can render: refused', async (zone) => {
    expect((await check({ [MEETINGS]: meeting('m1', zone) })).errors).toMatchObject([{ field: 'timezone' }]);
  });
});

describe('ids', () => {
  test('topic ids may use capitals, digits, hyphens and underscores; stories can refer to them', async () => {
    const result = await check({
      [TOPICS]: topic('alcohol') + topic('Alcohol_Use') + topic('988-crisis'),
      [STORY]: storyFile({ topics: '[Alcohol_Use, 988-crisis]' }),
    });
    expect(result.errors).toEqual([]);
  });

  test.each([
    ['"alcohol use"', 'space'],
    ['grief/loss', 'slash'],
    ['grief.loss', 'dot'],
    ['"grief?"', 'other'],
    ['"_drafts"', 'first'],
    ['"café"', 'other'],
  ])('topic id %s is refused with the rule and an example (%s)', async (id) => {
    const bad = await check({ [TOPICS]: topic('alcohol') + topic(id) });
    expect(bad.errors).toMatchObject([{ file: TOPICS, line: 4, field: 'id' }]);
    expect(bad.errors[0]!.message).toMatch(/letters, digits, hyphens and underscores/);
    expect(bad.errors[0]!.message).toMatch(/e\.g\. "/);
  });

  test('a number as id asks for quotes, instead of "must be text"', async () => {
    const bad = await check({ [HELPLINES]: helpline('988') });
    expect(bad.errors).toMatchObject([{ file: HELPLINES, line: 1, field: 'id', message: expect.stringContaining('id: "988"') }]);
  });

  test('meeting and helpline ids follow the same rule', async () => {
    const good = await check({ [MEETINGS]: meeting('Tuesday_Circle', 'America/Chicago'), [HELPLINES]: helpline('988-lifeline') + helpline('SAMHSA_Line') });
    expect(good.errors).toEqual([]);
    const bad = await check({ [MEETINGS]: meeting('"tuesday circle"', 'America/Chicago'), [HELPLINES]: helpline('"988 lifeline"') });
    expect(bad.errors.map((e) => [e.file, e.field])).toEqual([
      [MEETINGS, 'id'],
      [HELPLINES, 'id'],
    ]);
  });

  test.each([
    [TOPICS, topic('alcohol') + topic('Alcohol')],
    [MEETINGS, meeting('circle', 'UTC') + meeting('Circle', 'UTC')],
    [HELPLINES, helpline('line') + helpline('LINE')],
  ])('ids in %s must differ by more than capitals', async (file, text) => {
    const bad = await check({ [file]: text });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ file, field: '[1].id' });
    expect(bad.errors[0]!.line).toBeGreaterThan(1);
    expect(bad.errors[0]!.message).toMatch(/"(alcohol|circle|line)", the id of item 1, only in capitals/);
  });

  test('a duplicate is reported in the same run as another error of the same item', async () => {
    const bad = await check({ [MEETINGS]: meeting('circle', 'UTC') + meeting('Circle', 'utc') });
    expect(bad.errors.map((e) => [e.line, e.field]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [9, '[1].id'],
      [15, 'timezone'],
    ]);
  });

  test('an exact duplicate is still an error', async () => {
    const bad = await check({ [TOPICS]: topic('alcohol') + topic('alcohol') });
    expect(bad.errors).toMatchObject([{ file: TOPICS, line: 4, field: '[1].id', message: expect.stringMatching(/already the id of item 1/) }]);
  });
});

describe('helplines without a way to reach them', () => {
  test('are a warning naming the file, the line and the fix, not an error', async () => {
    const result = await check({ [HELPLINES]: helpline('walk-in', '  description: Open doors, no appointment.\n') + helpline('lifeline') });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toMatchObject([{ file: HELPLINES, line: 1, field: 'walk-in' }]);
    expect(result.warnings[0]!.message).toMatch(/no phone, sms or url/);
    expect(result.content.helplines.map((h) => h.id)).toEqual(['walk-in', 'lifeline']);
  });

  test('a line with only a website gets no warning', async () => {
    const result = await check({ [HELPLINES]: helpline('web', '  url: https://example.org/chat\n') });
    expect(result.issues).toEqual([]);
  });
});
