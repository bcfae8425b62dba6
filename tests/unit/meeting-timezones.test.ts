/**
 * One answer to "can a meeting use this time zone?": every zone the content checks accept
 * renders in /meetings.ics (with a VTIMEZONE the events point at), /meetings.json and on
 * /meetings/; every zone they refuse would not have.
 */
import ICAL from 'ical.js';
import { tzlib_get_timezones } from 'timezones-ical-library';
import { describe, expect, test } from 'vitest';
import { meetingsCalendar } from '../../src/lib/calendar';
import { meetingGuideFeed } from '../../src/lib/meeting-guide';
import { weeklySchedule, zoneName } from '../../src/lib/meeting-schedule';
import { calendarTimeZone, localDay, suggestTimeZone } from '../../src/lib/meeting-time';
import { MeetingSchema, type MeetingData } from '../../src/schemas/meeting';

const NOW = new Date(Date.UTC(2026, 10, 1));
const SITE = 'https://sharedpath.example.org';
const OPTIONS = { name: 'Meetings', site: SITE, meetingsUrl: `${SITE}/meetings/`, now: NOW };

const raw = (id: string, timezone: string) => ({
  id,
  name: `Meeting ${id}`,
  format: 'online',
  day: 'sunday',
  start: '10:00',
  durationMinutes: 60,
  timezone,
  join: 'https://meet.example.org/x',
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { zones, events };
}

/** /meetings.ics for one meeting in `zone`, parsed back. */
const calendarOf = (zone: string) => parse(meetingsCalendar([MeetingSchema().parse(raw('m', zone)) as MeetingData], OPTIONS));

/** UTC instant of the first occurrence in a month (1–12) of 2027. */
function firstIn(event: ICAL.Event, month: number): string | undefined {
  const iterator = event.iterator();
  for (let next = iterator.next(), guard = 0; next && guard < 120; next = iterator.next(), guard++) {
    if (next.year === 2027 && next.month === month) return next.toJSDate().toISOString();
  }
  return undefined;
}

// Every name the iCalendar library or this runtime's Intl knows, some spelt wrongly, and junk.
const CANDIDATES = [
  ...new Set([
    ...(tzlib_get_timezones() as string[]),
    ...Intl.supportedValuesOf('timeZone'),
    ...(tzlib_get_timezones() as string[]).flatMap((z) => [z.toLowerCase(), z.toUpperCase()]),
    'Mars/Olympus', '+05:00', 'America', 'America/Indiana', 'Etc', ' UTC', 'UTC ', '', '__proto__', 'constructor', 'America/constructor',
  ]),
];

describe('the content check and the calendar agree on every time zone', () => {
  const accepted = CANDIDATES.filter((zone) => MeetingSchema().safeParse(raw('m', zone)).success);
  const refused = CANDIDATES.filter((zone) => !accepted.includes(zone));

  test('the check accepts exactly the zones calendarTimeZone knows', () => {
    expect(accepted.length).toBeGreaterThan(500);
    expect(accepted.filter((zone) => calendarTimeZone(zone) === undefined)).toEqual([]);
    expect(refused.filter((zone) => calendarTimeZone(zone) !== undefined)).toEqual([]);
    expect(refused).toEqual(expect.arrayContaining(['europe/london', 'EUROPE/LONDON', 'CT', 'PT', '+05:00', 'America', 'Mars/Olympus']));
  });

  test('every accepted zone renders in /meetings.ics, each event with the VTIMEZONE it names', () => {
    const meetings = accepted.map((zone, i) => MeetingSchema().parse(raw(`m${i}`, zone)) as MeetingData);
    const text = meetingsCalendar(meetings, OPTIONS);
    const { zones, events } = parse(text);
    expect(events).toHaveLength(accepted.length);
    const known = new Set(zones);
    const orphans = events.map((e) => String(e.component.getFirstProperty('dtstart')?.getParameter('tzid'))).filter((tzid) => !known.has(tzid));
    expect(orphans).toEqual([]);
    // Links share their canonical zone's block: one VTIMEZONE per distinct rule set named.
    expect(new Set(zones).size).toBe(zones.length);
  });

  test('every accepted zone renders in /meetings.json and on /meetings/', () => {
    for (const zone of accepted) {
      const meeting = MeetingSchema().parse(raw('m', zone)) as MeetingData;
      expect(() => meetingGuideFeed([meeting], { meetingsUrl: OPTIONS.meetingsUrl, updated: NOW })).not.toThrow();
      expect(() => weeklySchedule([meeting])).not.toThrow();
      expect(zoneName(zone)).toBeTruthy();
      expect(localDay(NOW, zone).weekday).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('links to canonical zones', () => {
  test.each([
    ['GMT', 'Etc/GMT'],
    ['UTC', 'Etc/UTC'],
    ['Etc/UTC', 'Etc/UTC'],
    ['US/Eastern', 'America/New_York'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Europe/London', 'Europe/London'],
  ])('%s is written to the calendar as %s', (zone, canonical) => {
    expect(calendarTimeZone(zone)).toBe(canonical);
    const { zones, events } = calendarOf(zone);
    expect(zones).toEqual([canonical]);
    expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(canonical);
  });

  test('GMT is Greenwich Mean Time all year (no summer time), unlike Europe/London', () => {
    const [gmt, london] = ['GMT', 'Europe/London'].map((zone) => calendarOf(zone).events[0]!);
    expect(firstIn(gmt!, 1)).toBe('2027-01-03T10:00:00.000Z');
    expect(firstIn(gmt!, 7)).toBe('2027-07-04T10:00:00.000Z');
    expect(firstIn(london!, 7)).toBe('2027-07-04T09:00:00.000Z');
  });

  test('US/Eastern meets at the same instants as America/New_York', () => {
    const [link, zone] = ['US/Eastern', 'America/New_York'].map((zone) => calendarOf(zone).events[0]!);
    for (const month of [1, 7]) expect(firstIn(link!, month)).toBe(firstIn(zone!, month));
  });

  test('an unknown zone still fails the calendar with the file and the fix, never a library error', () => {
    const bad = { ...(MeetingSchema().parse(raw('m', 'UTC')) as MeetingData), timezone: 'europe/london' };
    expect(() => meetingsCalendar([bad], OPTIONS)).toThrow(/meetings\.yaml.*"europe\/london".*did you mean "Europe\/London"/);
  });
});

describe('suggestions for a zone the calendar does not know', () => {
  test.each([
    ['europe/london', 'Europe/London'],
    ['EUROPE/LONDON', 'Europe/London'],
    ['America/New York', 'America/New_York'],
    ['new york', 'America/New_York'],
    ['London', 'Europe/London'],
    ['Amercia/Chicago', 'America/Chicago'],
    ['utc', 'UTC'],
    ['gmt', 'GMT'],
  ])('%s → %s', (written, suggested) => {
    expect(suggestTimeZone(written)).toBe(suggested);
  });

  test('nothing when nothing is close', () => {
    expect(suggestTimeZone('Mars/Olympus')).toBeUndefined();
    expect(suggestTimeZone('')).toBeUndefined();
  });
});

test('meeting ids with capitals and underscores reach the calendar UID, the JSON slug and the page anchor unchanged', () => {
  const meeting = MeetingSchema().parse(raw('Tuesday_Circle', 'America/Chicago')) as MeetingData;
  const { events } = parse(meetingsCalendar([meeting], OPTIONS));
  expect(events[0]!.uid).toBe('Tuesday_Circle@sharedpath.example.org');
  expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://meet.example.org/x');
  const [json] = meetingGuideFeed([meeting], { meetingsUrl: OPTIONS.meetingsUrl, updated: NOW });
  expect(json).toMatchObject({ slug: 'Tuesday_Circle', url: `${SITE}/meetings/#meeting-Tuesday_Circle`, timezone: 'America/Chicago' });
});
