/**
 * The weekly schedule on /meetings/. Each meeting is shown in its own time zone, as the
 * editors wrote it; converting to the reader's zone is left to the calendar file.
 */
import { WEEKDAYS, type MeetingFormat, type Weekday } from '../schemas/vocabularies';

export interface ScheduledMeeting {
  id: string;
  name: string;
  format: MeetingFormat;
  day: Weekday;
  start: string;
  durationMinutes: number;
  timezone: string;
}

export const FORMAT_LABELS: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'In person and online',
};

export const dayName = (day: Weekday) => day.charAt(0).toUpperCase() + day.slice(1);

/** Days that have meetings, Monday first, each with its meetings by start time then name. */
export function weeklySchedule<T extends ScheduledMeeting>(meetings: readonly T[]): { day: Weekday; meetings: T[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    meetings: meetings
      .filter((m) => m.day === day)
      .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name)),
  })).filter((group) => group.meetings.length > 0);
}

/** "20:30" for a meeting starting "19:00" lasting 90 minutes; `nextDay` when it ends after midnight. */
export function endTime(start: string, durationMinutes: number): { time: string; nextDay: boolean } {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = h * 60 + m + durationMinutes;
  const minutes = total % 1440;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { time, nextDay: total >= 1440 };
}

/**
 * A readable name for an IANA zone ("America/Chicago" → "Central Time"). The generic name
 * does not change with daylight saving time, so the page reads the same all year.
 */
export function zoneName(timezone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(Date.UTC(2026, 0, 1)))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timezone;
}

/**
 * The join link, only when `join` is a web address. Anything else is instructions to
 * show as text: the page never invents a link the editors did not give.
 */
export function joinUrl(join: string | undefined): string | null {
  if (!join) return null;
  const text = join.trim();
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return null;
  return new URL(text).href;
}

/** ISO 8601 duration for <time datetime>, e.g. 90 → "PT1H30M". */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
