import { describe, expect, test } from 'vitest';
import { meetingGuideFeed, specTimestamp } from '../../src/lib/meeting-guide';
import type { MeetingData } from '../../src/schemas/meeting';

const base = { paths: [], durationMinutes: 60 };
const MEETINGS: MeetingData[] = [
  { ...base, id: 'tuesday-circle', name: 'Tuesday circle', format: 'hybrid', day: 'tuesday', start: '19:30', durationMinutes: 90, timezone: 'America/Chicago', location: { name: 'Hall', address: '1 Main St, Chicago, IL 60601, USA' }, join: 'https://meet.example.org/t', language: 'es-MX', notes: ' Ring the bell. ' },
  { ...base, id: 'late-night', name: 'Late night', format: 'online', day: 'saturday', start: '23:30', timezone: 'Europe/London', join: 'Dial 0 and ask for the group' },
  { ...base, id: 'a-sunday', name: 'Sunday', format: 'in-person', day: 'sunday', start: '08:00', timezone: 'Europe/London', location: { name: 'Library', address: '2 High St' }, language: 'xx' },
];
const feed = meetingGuideFeed(MEETINGS, { meetingsUrl: 'https://sharedpath.example.org/meetings/', updated: new Date(Date.UTC(2026, 10, 1, 9, 5, 7)) });
const bySlug = new Map(feed.map((m) => [m.slug, m]));

describe('Meeting Guide JSON', () => {
  test('is a plain array sorted by slug, every meeting with name, slug, day and time', () => {
    expect(feed.map((m) => m.slug)).toEqual(['a-sunday', 'late-night', 'tuesday-circle']);
    for (const m of feed) {
      expect(m.name).toBeTruthy();
      expect(m.time).toMatch(/^\d\d:\d\d$/);
      expect(m.day).toBeGreaterThanOrEqual(0);
      expect(m.day).toBeLessThanOrEqual(6);
    }
  });

  test('maps days with Sunday = 0 and computes end times, wrapping past midnight', () => {
    expect(bySlug.get('a-sunday')).toMatchObject({ day: 0, time: '08:00', end_time: '09:00' });
    expect(bySlug.get('tuesday-circle')).toMatchObject({ day: 2, time: '19:30', end_time: '21:00' });
    expect(bySlug.get('late-night')).toMatchObject({ day: 6, time: '23:30', end_time: '00:30' });
  });

  test('carries the spec fields: timezone, location, address, conference link, language type, notes, url, updated', () => {
    expect(bySlug.get('tuesday-circle')).toEqual({
      name: 'Tuesday circle',
      slug: 'tuesday-circle',
      day: 2,
      time: '19:30',
      end_time: '21:00',
      timezone: 'America/Chicago',
      attendance_option: 'hybrid',
      types: ['S'],
      location: 'Hall',
      formatted_address: '1 Main St, Chicago, IL 60601, USA',
      conference_url: 'https://meet.example.org/t',
      notes: 'Ring the bell.',
      url: 'https://sharedpath.example.org/meetings/#meeting-tuesday-circle',
      updated: '2026-11-01 09:05:07',
    });
  });

  test('joining instructions that are not a link become conference_url_notes; unknown languages add no type', () => {
    const late = bySlug.get('late-night')!;
    expect(late.attendance_option).toBe('online');
    expect(late.conference_url).toBeUndefined();
    expect(late.conference_url_notes).toBe('Dial 0 and ask for the group');
    expect(late.formatted_address).toBeUndefined();
    expect(bySlug.get('a-sunday')!.types).toBeUndefined();
    expect(bySlug.get('a-sunday')!.attendance_option).toBe('in_person');
  });

  test('timestamps use the spec format in UTC', () => {
    expect(specTimestamp(new Date(Date.UTC(2014, 4, 31, 14, 32, 23)))).toBe('2014-05-31 14:32:23');
  });
});
