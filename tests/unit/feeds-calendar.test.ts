/** /meetings.ics parsed with ical.js: weekly events that keep their local time across DST. */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstStart, meetingsCalendar } from '../../src/lib/calendar';
import type { MeetingData } from '../../src/schemas/meeting';

const meeting = (over: Partial<MeetingData>): MeetingData => ({
  id: 'x',
  name: 'X',
  format: 'in-person',
  day: 'tuesday',
  start: '19:30',
  durationMinutes: 90,
  timezone: 'America/Chicago',
  location: { name: 'Hall', address: '1 Main St' },
  paths: [],
  ...over,
});

const MEETINGS: MeetingData[] = [
  meeting({ id: 'chicago-tuesday', name: 'Tuesday circle; "quoted", & more' }),
  meeting({ id: 'london-sunday', name: 'Sunday check-in', format: 'online', day: 'sunday', start: '10:00', durationMinutes: 60, timezone: 'Europe/London', location: undefined, join: 'https://meet.example.org/sunday' }),
  meeting({ id: 'sydney-monday', name: 'Monday lunch', format: 'hybrid', day: 'monday', start: '12:15', durationMinutes: 45, timezone: 'Australia/Sydney', join: 'Call the hall for the dial-in number' }),
];
const NOW = new Date(Date.UTC(2026, 10, 1)); // 1 November 2026, the fixture builds' "now"

// The output must not depend on the machine's own time zone.
const originalTz = process.env.TZ;
let text: string;
beforeAll(() => {
  process.env.TZ = 'Asia/Kolkata';
  text = meetingsCalendar(MEETINGS, { name: 'Shared Path meetings', site: 'https://sharedpath.example.org', meetingsUrl: 'https://sharedpath.example.org/meetings/', now: NOW });
});
afterAll(() => {
  process.env.TZ = originalTz;
});

function parsed() {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
  return { calendar, events };
}

/** UTC instants of the event's occurrences within a month (1–12) of a year. */
function occurrencesIn(event: ICAL.Event, year: number, month: number): string[] {
  const iterator = event.iterator();
  const out: string[] = [];
  for (let next = iterator.next(), guard = 0; next && guard < 200; next = iterator.next(), guard++) {
    if (next.year > year) break;
    if (next.year === year && next.month === month) out.push(next.toJSDate().toISOString());
  }
  return out;
}

describe('meetings.ics', () => {
  test('is an RFC 5545 calendar ical.js can read, with one VTIMEZONE per zone used', () => {
    const { calendar, events } = parsed();
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/Chicago', 'Australia/Sydney', 'Europe/London']);
    expect([...events.keys()].sort()).toEqual(['chicago-tuesday@sharedpath.example.org', 'london-sunday@sharedpath.example.org', 'sydney-monday@sharedpath.example.org']);
    expect(text).toContain('\r\n');
  });

  test('each meeting is one weekly recurring event in its own time zone', () => {
    const { events } = parsed();
    const chicago = events.get('chicago-tuesday@sharedpath.example.org')!;
    expect(chicago.summary).toBe('Tuesday circle; "quoted", & more');
    expect(chicago.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Chicago');
    expect(chicago.startDate.zone?.tzid).toBe('America/Chicago');
    expect(chicago.startDate.toString()).toBe('2026-11-03T19:30:00');
    expect(chicago.endDate.toString()).toBe('2026-11-03T21:00:00');
    expect(chicago.isRecurring()).toBe(true);
    const rule = chicago.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts.BYDAY).toEqual(['TU']);
    expect(chicago.location).toBe('Hall, 1 Main St');
  });

  test('January and July occurrences fall at the right UTC instants (DST handled by the VTIMEZONE)', () => {
    const { events } = parsed();
    const chicago = events.get('chicago-tuesday@sharedpath.example.org')!;
    // 19:30 CST (UTC−6) in January, 19:30 CDT (UTC−5) in July.
    expect(occurrencesIn(chicago, 2027, 1)[0]).toBe('2027-01-06T01:30:00.000Z');
    expect(occurrencesIn(chicago, 2027, 7)[0]).toBe('2027-07-07T00:30:00.000Z');
    const london = events.get('london-sunday@sharedpath.example.org')!;
    // 10:00 GMT in January, 10:00 BST (UTC+1) in July.
    expect(occurrencesIn(london, 2027, 1)[0]).toBe('2027-01-03T10:00:00.000Z');
    expect(occurrencesIn(london, 2027, 7)[0]).toBe('2027-07-04T09:00:00.000Z');
    const sydney = events.get('sydney-monday@sharedpath.example.org')!;
    // Southern hemisphere: 12:15 AEDT (UTC+11) in January, AEST (UTC+10) in July.
    expect(occurrencesIn(sydney, 2027, 1)[0]).toBe('2027-01-04T01:15:00.000Z');
    expect(occurrencesIn(sydney, 2027, 7)[0]).toBe('2027-07-05T02:15:00.000Z');
    expect(occurrencesIn(chicago, 2027, 1)).toHaveLength(4);
  });

  test('online meetings point at their link; joining instructions go in the description', () => {
    const { events } = parsed();
    const london = events.get('london-sunday@sharedpath.example.org')!;
    expect(london.location).toBe('https://meet.example.org/sunday');
    expect(london.component.getFirstPropertyValue('url')).toBe('https://meet.example.org/sunday');
    const sydney = events.get('sydney-monday@sharedpath.example.org')!;
    expect(sydney.description).toContain('How to join: Call the hall for the dial-in number');
    expect(sydney.component.getFirstPropertyValue('url')).toBe('https://sharedpath.example.org/meetings/#meeting-sydney-monday');
  });

  test('is the same text for the same "now" (reproducible builds)', () => {
    const again = meetingsCalendar(MEETINGS, { name: 'Shared Path meetings', site: 'https://sharedpath.example.org', meetingsUrl: 'https://sharedpath.example.org/meetings/', now: NOW });
    expect(again).toBe(text);
  });
});

describe('firstStart', () => {
  test('is the first meeting day on or after the local day of now', () => {
    // 1 Nov 2026 00:00 UTC is still Saturday 31 October in Chicago.
    expect(firstStart({ day: 'saturday', start: '08:00', timezone: 'America/Chicago' }, NOW).toISOString()).toBe('2026-10-31T08:00:00.000-05:00');
    expect(firstStart({ day: 'sunday', start: '08:00', timezone: 'Pacific/Auckland' }, NOW).toISOString()).toBe('2026-11-01T08:00:00.000+13:00');
  });
});
