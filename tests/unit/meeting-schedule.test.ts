import { describe, expect, test } from 'vitest';
import { dayName, endTime, isoDuration, joinUrl, weeklySchedule, zoneName } from '../../src/lib/meeting-schedule';

const meeting = (id: string, day: string, start: string) =>
  ({ id, name: id, format: 'online', day, start, durationMinutes: 60, timezone: 'Europe/London' }) as const;

describe('meeting schedule', () => {
  test('groups by weekday from Monday, sorted by start time, skipping empty days', () => {
    const schedule = weeklySchedule([
      meeting('sun', 'sunday', '10:00'),
      meeting('tue-late', 'tuesday', '19:00'),
      meeting('tue-early', 'tuesday', '08:30'),
    ] as never);
    expect(schedule.map((g) => g.day)).toEqual(['tuesday', 'sunday']);
    expect(schedule[0]!.meetings.map((m) => m.id)).toEqual(['tue-early', 'tue-late']);
    expect(dayName('tuesday')).toBe('Tuesday');
  });

  test('computes the end time, across midnight too', () => {
    expect(endTime('19:00', 90)).toEqual({ time: '20:30', nextDay: false });
    expect(endTime('23:30', 60)).toEqual({ time: '00:30', nextDay: true });
  });

  test('names time zones without daylight-saving wording', () => {
    expect(zoneName('America/Chicago')).toBe('Central Time');
    expect(zoneName('America/New_York')).toBe('Eastern Time');
  });

  test('links only a join value that is a web address', () => {
    expect(joinUrl('https://meet.example.org/x')).toBe('https://meet.example.org/x');
    expect(joinUrl('Call the host on arrival; the code is given at the door')).toBeNull();
    expect(joinUrl('javascript:alert(1)')).toBeNull();
    expect(joinUrl('meet.example.org/room')).toBeNull();
    expect(joinUrl(undefined)).toBeNull();
  });

  test('writes ISO durations', () => {
    expect(isoDuration(90)).toBe('PT1H30M');
    expect(isoDuration(60)).toBe('PT1H');
    expect(isoDuration(45)).toBe('PT45M');
  });
});
