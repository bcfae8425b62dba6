import { describe, expect, test } from 'vitest';
import { buildNow, formatDate, isoDay, parseCalendarDate, pinBuildNow, unpinBuildNow } from '../../src/lib/dates';
import { formatClock, formatMinutes, parseDuration } from '../../src/lib/duration';

describe('parseCalendarDate', () => {
  test('accepts real days, at UTC midnight', () => {
    expect(parseCalendarDate('2026-03-14')?.toISOString()).toBe('2026-03-14T00:00:00.000Z');
    expect(parseCalendarDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
  test.each(['2026-02-30', '2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10'])('rejects impossible %s', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });
  test.each(['14/03/2026', '2026-3-14', 'March 14', '2026-03-14T10:00'])('rejects other formats: %s', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });
});

describe('buildNow', () => {
  test('uses SOURCE_DATE_EPOCH seconds', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1790000000' }).getTime()).toBe(1_790_000_000_000);
  });
  test('falls back to the clock', () => {
    expect(buildNow({}, () => 42).getTime()).toBe(42);
  });
  test('a pinned build time holds until pinned again, and SOURCE_DATE_EPOCH still wins', async () => {
    try {
      pinBuildNow(1_000);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(buildNow({}).getTime()).toBe(1_000);
      expect(buildNow({ SOURCE_DATE_EPOCH: '2' }).getTime()).toBe(2_000);
      pinBuildNow(3_000);
      expect(buildNow({}).getTime()).toBe(3_000);
    } finally {
      unpinBuildNow();
    }
    const before = Date.now();
    expect(buildNow({}).getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('formatting is in UTC', () => {
  test('a date near midnight does not shift with the local zone', () => {
    const late = new Date('2026-03-14T23:30:00Z');
    expect(formatDate(late)).toBe('14 March 2026');
    expect(isoDay(late)).toBe('2026-03-14');
  });
});

describe('durations', () => {
  test.each([
    ['00:42:10', 2530],
    ['42:10', 2530],
    ['1:02:03', 3723],
    ['2530', 2530],
    [2530, 2530],
  ] as const)('%s is %i seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  test.each(['42:70', '1:60:00', 'forty', '-5', 2.5])('rejects %s', (text) => expect(parseDuration(text)).toBeNull());
  test('formats', () => {
    expect(formatClock(2530)).toBe('42:10');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatMinutes(2530)).toBe('42 min');
    expect(formatMinutes(3723)).toBe('1 h 2 min');
  });
});
